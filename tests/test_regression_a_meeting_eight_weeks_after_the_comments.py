"""A hospital radio's Instagram meeting said "Look through your notifications for who answered
your comments on 15 January" on 10 March (r444): eight weeks on, nobody finds those answers.

A meeting goes back to a round of new contacts at most six weeks old.
"""

from __future__ import annotations

from datetime import date

from dialogplan.threads import link
from tests.test_render import entries
from tests.test_threads import make


def _continues(meet_day: str) -> str:
    strategy = make(language="en", start=date(2027, 1, 11), channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "connect", "start": "2027-01-15 18:00"},
        {"channel": "instagram", "move": "meet", "start": f"{meet_day} 18:00"},
    ]
    return link(strategy, entries(strategy, rows))[1].continues


def test_eight_weeks_on_the_meeting_stands_on_its_own() -> None:
    assert _continues("2027-03-10") == ""


def test_four_weeks_on_it_goes_back_to_them() -> None:
    assert _continues("2027-02-12") == "row0@test"
