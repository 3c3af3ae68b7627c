"""A guide club's free open day, "keine Anmeldung nötig", was met with „Melden Sie sich gern
an“ in a thank-you round (r601): the booking words inside the phrase that says no booking is
needed were read as the event's. The words that say so outweigh them.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make

TOPICS = [{"title": "Stadtgeschichte", "kind": "theme",
           "questions": ["Welche Ecke der Stadt hat sich am meisten verändert?"]}]  # fmt: skip


def _prompts(details: str) -> list[str]:
    events = [{"title": "Tag der offenen Stadtführung", "short": "offene Stadtführung",
               "date": date(2027, 3, 21), "time": "14:00-15:30", "topics": ["Stadtgeschichte"],
               "place": "Marktbrunnen", "details": details}]  # fmt: skip
    strategy = make(topics=TOPICS, events=events, channels={"facebook": {"hours_per_week": 3}})
    return [e.prompt for e in render(strategy, schedule_work(strategy)) if "Stadtf" in e.prompt]


@pytest.mark.parametrize(
    "details", ["Kostenlos, keine Anmeldung nötig", "Treffpunkt am Brunnen, ohne Anmeldung"]
)
def test_an_event_without_sign_up_is_never_signed_up_for(details: str) -> None:
    prompts = _prompts(details)
    assert prompts
    assert not [p for p in prompts if "meldet euch" in p.lower() or "melde dich" in p.lower()]


def test_an_event_that_needs_sign_up_still_asks_for_it() -> None:
    prompts = _prompts("Kostenlos, Anmeldung nötig")
    assert [p for p in prompts if "melde dich" in p.lower() or "meldet euch" in p.lower()]
