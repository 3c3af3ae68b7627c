"""An equine physio was sent to a rehab support group to find events in the neighbourhood.

A listening round for local posts ("an event coming up in the neighbourhood") said "Where to
look first: the Facebook group Horse Rehab and Box Rest Support UK", a national group the
strategy keeps to two themes. Work on the neighbourhood's own posts now leaves out groups kept
to some themes.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPICS = [{"title": "Box rest", "kind": "theme"}]
WHERE = ["the Facebook group Horse Rehab Support UK", "the Facebook group Cotswold Horse Owners"]
GROUPS = {"facebook-group": [{"name": "Horse Rehab Support UK", "topics": ["Box rest"]},
                             "Cotswold Horse Owners"]}  # fmt: skip


def test_a_group_kept_to_themes_is_no_place_for_neighbourhood_posts() -> None:
    goals = [{"id": "owners", "text": "Win horse owners", "where": WHERE}]
    strategy = make(language="en", goals=goals, topics=TOPICS, groups=GROUPS,
                    channels={"facebook": {}, "facebook-group": {}})  # fmt: skip
    rows = [{"channel": "facebook", "move": "listen", "start": "2027-03-02 09:00",
             "topic": "", "place": "local"}]  # fmt: skip
    facts = contexts(strategy, rows)(0)
    assert facts["local_angle"]
    assert facts["where"] == ("the Facebook group Cotswold Horse Owners",)
