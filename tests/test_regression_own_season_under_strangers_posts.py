"""A squash club's comment round in the town's noticeboard group answered strangers' questions
with "Does summer league sign-up make this more pressing for you?" (r288): a season of the
team's own year (all its topics the team's own subjects) is nothing to someone asking for a
plumber. It stays in the team's own posts, and a season people share stays everywhere.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

LEAGUES = {"title": "Summer box leagues sign-up", "short": "summer league sign-up",
           "from": date(2027, 5, 1), "to": date(2027, 5, 31)}  # fmt: skip
TOPICS = [{"title": "Tuesday club night", "kind": "own"},
          {"title": "Sore knees after sport", "kind": "theme"}]  # fmt: skip
ROWS = [
    {"channel": "facebook-group", "move": "comment", "group": "Hensley Noticeboard",
     "start": "2027-05-10 07:30", "topic": ""},
    {"channel": "instagram", "move": "ask", "start": "2027-05-11 09:00", "topic": ""},
]  # fmt: skip


@pytest.mark.parametrize(
    ("topics", "in_group"),
    [(["Tuesday club night"], False), (["Sore knees after sport"], True), ([], True)],
)
def test_an_own_season_stays_out_of_strangers_posts(topics: list[str], in_group: bool) -> None:
    strategy = make(language="en", topics=TOPICS, moments=[LEAGUES | {"topics": topics}],
                    channels={"facebook-group": {}, "instagram": {}},
                    groups={"facebook-group": ["Hensley Noticeboard"]})  # fmt: skip
    facts = contexts(strategy, ROWS)
    assert (facts(0)["moment"] is not None) == in_group
    assert facts(1)["moment"] is not None
