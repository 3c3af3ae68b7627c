"""A food bank's story sent newcomers to the trial shift on „Donnerstag, 6. Mai, um 14 Uhr“, which
is Ascension Day (r289): the team keeps public holidays free, and so does its weekly shift. The
next time of a weekly offer skips the days the team is closed, and names the one after.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

SHIFT = {"title": "Schnupperschicht", "short": "Schnupperschicht", "every": ["thu"],
         "time": "14:00-17:00", "place": "Mühlenweg 4"}  # fmt: skip


def test_the_next_shift_is_not_on_ascension_day() -> None:
    strategy = make(region="DE-NI", offers=[SHIFT], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "announce", "announce": SHIFT["title"],
             "start": f"2027-05-0{day} 18:30"} for day in (3, 7)]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["announce"].session_in == 10  # Thursday 13 May, not Ascension Day
    assert facts(1)["announce"].session_in == 6  # an ordinary week: the next Thursday
