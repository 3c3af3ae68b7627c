"""Regression: "Add a line on what comes first after the break: the open evening on Thursday
25 February" for a heating firm back on 11 February (r660).

Two weeks after the return, the open evening was the first event, but nothing about it came
"first": the note now says it is coming up. Within a week of the return it still comes first.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(("day", "first"), [(date(2027, 2, 25), False), (date(2027, 2, 18), True)])
def test_only_what_comes_within_a_week_of_the_return_comes_first(day: date, first: bool) -> None:
    strategy = make(
        language="en",
        start=date(2027, 1, 11),
        months=3,
        channels={"facebook": {}},
        events=[{"title": "Heat pump open evening", "date": day, "time": "18:00-20:00"}],
        blackout=[{"from": date(2027, 2, 8), "to": date(2027, 2, 12), "reason": "A course"}],
    )
    notes = [e.prompt for e in build(strategy).entries if e.move == "away"]
    said = [p for p in notes if "open evening" in p]
    assert said, notes
    for prompt in said:
        assert ("comes first after the break" in prompt) is first, prompt
