"""A bakery's reply round suggested "Shall we find a time? Next week works for us."

Next week was its week of oven maintenance. A proposal to meet now names next week only
when no blackout takes it, and otherwise the first week the break leaves free.
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.support import build
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
    entries = build(strategy).entries
    week_before = [e for e in entries if BREAK[0] - timedelta(days=7) <= e.start.date() < BREAK[0]]
    proposing = [e for e in entries if "next week" in e.prompt or "in the week of" in e.prompt]
    assert [e for e in week_before if e in proposing]
    assert not [e.prompt for e in week_before if "next week" in e.prompt.lower()]
    assert all("in the week of 5 April" in e.prompt for e in week_before if e in proposing)
