"""A piano workshop's comment round on the evening of its fair stand never mentioned the fair.

On an event's day after it ends and on the day after, comment and listening rounds looked
back only on an event their goal invites to; the fair was for the goal's people, but no
goal invited to it. The people who came post about it that evening: the round now starts
with them for any event for its goal's people, whatever its topic.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

FAIR = {"title": "Stand at the Makers' Fair", "date": date(2027, 4, 10),
        "until": date(2027, 4, 11), "time": "10:00-16:00", "topics": ["Nachfolge"]}  # fmt: skip


@pytest.mark.parametrize("move", ["comment", "listen"])
def test_a_round_on_the_fair_evening_looks_back_on_it(move: str) -> None:
    strategy = make(language="en", events=[FAIR], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": move, "start": "2027-04-11 18:00",
             "topic": "Fachkräfte finden"}]  # fmt: skip
    assert contexts(strategy, rows)(0)["event_past"].title == FAIR["title"]
