"""A youth centre's listening on meeting places for teenagers started at its own hashtag,
#jugendtreffgleis7, which its strategy listed among the places its young people are (r320).

The hashtag holds „Jugend“ and „Treff“, so it passed as one named after the topic; under it
are the centre's own posts. A goal's places now leave out the team's own hashtag.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPIC = "Treffpunkte für Jugendliche"


def test_a_goals_places_leave_out_the_teams_own_hashtag() -> None:
    strategy = make(
        client="gleis7", name="Jugendtreff Gleis 7", topics=[{"title": TOPIC, "kind": "theme"}],
        goals=[{"id": "jugend", "text": "Jugendliche erreichen",
                "where": ["#jugendtreffgleis7", "#treffpunktjugend"]}],
        channels={"instagram": {}},
    )  # fmt: skip
    row = {"channel": "instagram", "move": "listen", "start": "2027-03-02 12:00", "topic": TOPIC}
    assert contexts(strategy, [row])(0)["where"] == ("#treffpunktjugend",)
