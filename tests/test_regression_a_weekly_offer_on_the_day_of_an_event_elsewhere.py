"""A watch repairer's prompt invited people to free estimates "on Saturday 15 May" at the
workshop, the Saturday she had a stand at an antiques fair in another town (r337).

A weekly offer's next time skips the days the team is at one of its events elsewhere at
that hour; one at the offer's own place, or at other hours, keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

OFFER = {"title": "Free estimate Saturdays", "every": "sat", "time": "09:30-12:30",
         "place": "at the workshop, 41 Corve Street"}  # fmt: skip


@pytest.mark.parametrize(
    ("place", "time", "next_day"),
    [
        ("stand 9, Teme Valley Antiques Fair", "10:00-16:00", "22 May"),
        ("at the workshop, 41 Corve Street", "10:00-16:00", "15 May"),
        ("stand 9, Teme Valley Antiques Fair", "14:00-16:00", "15 May"),
    ],
)
def test_the_next_time_skips_a_day_at_an_event_elsewhere(
    place: str, time: str, next_day: str
) -> None:
    fair = {"title": "Teme Valley Antiques Fair", "date": date(2027, 5, 15),
            "until": date(2027, 5, 16), "time": time, "place": place}  # fmt: skip
    strategy = make(language="en", offers=[OFFER], events=[fair], channels={"facebook": {}})
    row = {"channel": "facebook", "move": "announce", "topic": "",
           "announce": OFFER["title"], "start": "2027-05-12 09:00"}  # fmt: skip
    announced = contexts(strategy, [row])(0)["announce"]
    assert next_day in announced.session_date, announced
