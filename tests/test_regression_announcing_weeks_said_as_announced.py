"""A break "takes 5 of the 28 days in which 'May Day sunrise dip' is announced", under a warning
that it was not announced enough.

A sauna co-op's writer (r394) read the hint as saying the event already was announced. The
weeks a break takes are now the days before the event in which its invitations go out.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_the_break_takes_days_before_the_event() -> None:
    events = [{"title": "Open day", "date": date(2027, 3, 27)}]
    blackout = [{"from": date(2027, 3, 10), "to": date(2027, 3, 20), "reason": "Stove service"}]
    strategy = make(language="en", months=2, hours_per_week=1, events=events,
                    channels={"linkedin": {}}, blackout=blackout)  # fmt: skip
    hints = [f.suggestion for f in check_plan(strategy, schedule_work(strategy))
             if f.code == "unannounced"]  # fmt: skip
    assert hints
    assert all("days before 'Open day' in which its invitations go out" in h for h in hints)
    assert not any("is announced:" in h for h in hints)
