"""A Scout group's five-day half-term break "takes 2 of the 28 days before 'Leaders' Taster
Evening' in which its invitations go out" (r544 writer): the writer could not tell which two.
The hint gives the weeks' own dates.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_the_hint_dates_the_weeks_the_break_overlaps() -> None:
    events = [{"title": "Open day", "date": date(2027, 3, 18)}]
    blackout = [{"from": date(2027, 2, 15), "to": date(2027, 2, 19), "reason": "Half-term"}]
    strategy = make(language="en", start=date(2027, 2, 1), months=2, hours_per_week=1,
                    events=events, channels={"linkedin": {}}, blackout=blackout)  # fmt: skip
    hints = [f.suggestion for f in check_plan(strategy, schedule_work(strategy))
             if f.code == "unannounced" and "blackout[0]" in f.suggestion]  # fmt: skip
    assert hints
    assert all("takes 2 of the 28 days" in h for h in hints), hints
    assert all("(18 Feb to 17 Mar)" in h for h in hints), hints
