"""Seams a blind reviewer found in an independent cinema's sample.

- "the spring membership offer (first month free) (open until 30 April)": two brackets in a
  row, where the offer's short form ends in one of its own;
- "Good point – does that match what you see?", which asks people whether their own point
  matches what they see;
- "five weeks" for 32 days, where people say "a month".
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.dates import duration
from dialogplan.render import render
from tests.support import ROOT
from tests.test_render import entries
from tests.test_threads import make


def test_an_offer_with_brackets_of_its_own_gets_no_second_pair() -> None:
    offer = {"title": "Spring membership", "short": "the spring membership (first month free)",
             "from": date(2027, 3, 1), "until": date(2027, 4, 30)}  # fmt: skip
    strategy = make(language="en", offers=[offer])
    rows = [{"channel": "instagram", "move": "announce", "start": f"2027-03-{1 + n:02d} 11:00",
             "announce": offer["title"], "seq": n} for n in range(6)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert ") (" not in entry.prompt and ")” (" not in entry.prompt, entry.prompt


@pytest.mark.parametrize(("days", "said"), [(32, "a month"), (28, "a month"), (20, "three weeks")])
def test_a_span_is_said_as_people_say_it(days: int, said: str) -> None:
    assert duration(days, "en") == said


def test_no_line_asks_whether_a_point_matches_what_its_maker_sees() -> None:
    for calendar in (ROOT / "tests" / "golden").glob("*/calendar.csv"):
        assert "does that match what you see" not in calendar.read_text(encoding="utf-8")
