"""A canal trust's note before a week of "all hands on the stoppage at Coldwell Locks" told
its followers it was "taking a break here": its reviewer read time off where the whole team
was at work (r445).

A break the team spends at its own work elsewhere says it is tied up with other work.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make


def _notes(reason: str) -> list[str]:
    blackout = [{"from": date(2027, 2, 1), "to": date(2027, 2, 5), "reason": reason}]
    strategy = make(language="en", start=date(2027, 1, 11), months=2, blackout=blackout,
                    channels={"instagram": {"hours_per_week": 1.5}})  # fmt: skip
    return [e.prompt for e in build(strategy).entries if e.move == "away"]


def test_a_stoppage_is_work_not_a_break() -> None:
    (note,) = _notes("all hands on the stoppage at Coldwell Locks")
    assert "tied up with other work from 1 February" in note
    assert "taking a break" not in note


def test_a_plain_break_is_still_one() -> None:
    (note,) = _notes("team away")
    assert "taking a break here from 1 February" in note


def test_leave_over_the_school_holidays_is_still_a_break() -> None:
    (note,) = _notes("February half-term, community manager on leave")
    assert "tied up" not in note
