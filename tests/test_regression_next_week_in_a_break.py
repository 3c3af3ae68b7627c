"""A bakery's reply round suggested "Shall we find a time? Next week works for us."

Next week was its week of oven maintenance. A proposal to meet now names next week only
when no blackout takes it, and otherwise the first week the break leaves free, said as a
week can be said there: "would the week of 5 April suit you?", never "would in the week".
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BREAK = (date(2027, 3, 29), date(2027, 4, 2))


def test_no_meeting_is_proposed_for_a_week_the_team_is_away() -> None:
    strategy = make(
        language="en",
        timezone="Europe/London",
        meet_at="at the bakehouse for a cuppa",
        topics=["Our sourdough classes", {"title": "Yorkshire flour", "kind": "theme"}],
        channels={"instagram": {}, "linkedin": {}},
        blackout=[{"from": BREAK[0], "to": BREAK[1], "reason": "Oven maintenance"}],
    )
    rows = []
    for n in range(5):  # the week before the break: a story a day, and its reply round
        rows += [
            {"channel": "instagram", "move": "story", "topic": "Our sourdough classes",
             "seq": 2 * n, "start": f"2027-03-{22 + n} 08:00"},
            {"channel": "instagram", "move": "reply", "topic": "Our sourdough classes",
             "seq": 2 * n + 1, "start": f"2027-03-{22 + n} 18:00",
             "follows_up": f"row{2 * n}@test"},
        ]  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    proposing = [p for p in replies if "week" in p]
    assert proposing, replies
    assert not [p for p in replies if "next week" in p.lower() or "would in" in p]
    assert all("week of 5 April" in p for p in proposing), proposing
