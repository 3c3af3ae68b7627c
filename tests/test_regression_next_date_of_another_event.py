"""After a cupping evening, „Wer nicht dabei sein konnte, bekommt den nächsten Termin:
Samstag, 24. April“, the day of a barista course.

A coffee roaster's goal invited to a cupping evening, a barista course and an open day; the
three were taken for one series, and whoever missed the cupping was sent to the course. A
series is now events of one kind: one short form, or one title but for its date.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

MIXED = [
    {"title": "Cupping-Abend im März", "short": "Cupping-Abend", "date": date(2027, 3, 18)},
    {"title": "Barista-Grundkurs", "short": "Barista-Grundkurs", "date": date(2027, 4, 24)},
]
SERIES = [
    {"title": "Cupping, 18. März", "date": date(2027, 3, 18)},
    {"title": "Cupping, 22. April", "date": date(2027, 4, 22)},
]


def past_next_day(events: list[dict[str, object]]) -> str:
    goals = [{"id": "gaeste", "text": "Gäste", "invite": [e["title"] for e in events]}]
    strategy = make(goals=goals, events=events, channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "thank", "start": "2027-03-19 18:00",
             "goal": "gaeste", "place": "mentions"}]  # fmt: skip
    past = contexts(strategy, rows)(0)["event_past"]
    assert past is not None
    return str(past.next_day)


def test_another_kind_of_event_is_no_next_date() -> None:
    assert past_next_day(MIXED) == ""


def test_the_next_date_of_a_series_is_still_given() -> None:
    assert "22" in past_next_day(SERIES)
