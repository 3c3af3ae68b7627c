"""A thank-you round began the minute the team's open evening ended.

A makerspace's open evening ran until 21:00, and its thank-you round at 21:00 said the
evening "was earlier today": the team was still clearing up, and nobody had posted about it
yet. The same day's work looks back on an event from an hour after its end; until then it
neither invites to it nor looks back.
"""

from __future__ import annotations

import pytest

from tests.test_prompt_context import contexts
from tests.test_regression_evening_after_event import timed


@pytest.mark.parametrize(
    ("start", "past"),
    [
        ("2027-02-10 21:00", False),  # the minute it ends
        ("2027-02-10 21:30", False),
        ("2027-02-10 22:00", True),
    ],
)
def test_the_same_days_work_looks_back_an_hour_after_the_end(start: str, past: bool) -> None:
    rows = [{"channel": "linkedin", "move": "thank", "start": start}]
    facts = contexts(timed("18:30-21:00"), rows)(0)
    assert (facts["event_past"] is not None) == past
    assert facts["event_soon"] is None


def test_an_evening_after_the_events_hour_still_looks_ahead_to_it() -> None:
    # The day before, later than the event's end time: the event is still to come.
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-02-09 21:30"}]
    facts = contexts(timed("18:30-21:00"), rows)(0)
    assert facts["event_soon"] is not None
