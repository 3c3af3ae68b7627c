"""A beach-clean group's invitation read "the beach clean Porthkellis, 8 May on Saturday 8
May": a series titles each date (as the README advises), and the prompt said the day again.

Where an event is named, the date at the end of its title stays out; the day is said where
it matters. A title that only ends with a month, or that is a date, keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.prompt_templates import environment
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Beach clean Porthkellis, 8 May", "Beach clean Porthkellis"),
        ("Show-and-tell – 26. Februar", "Show-and-tell"),
        ("Tag der offenen Tür (Mai)", "Tag der offenen Tür"),
        ("Quiz night 12 March", "Quiz night"),
        ("Meet in May", "Meet in May"),
        ("März", "März"),
    ],
)
def test_a_series_date_leaves_the_title(title: str, named: str) -> None:
    assert environment().filters["undated"](title) == named


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_event_of_a_series_is_named_without_its_date(language: str) -> None:
    strategy = make(
        language=language,
        events=[{"title": "Beach clean Porthkellis, 8 May", "date": date(2027, 5, 8)}],
    )
    prompts = [e.prompt for e in render(strategy, schedule_work(strategy))]
    assert any("Porthkellis" in p for p in prompts)
    assert not [p for p in prompts if "Porthkellis, 8 May" in p]
