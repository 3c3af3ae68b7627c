"""A law firm's validate named its bridge day „blackout[1] (7 May to 7 May)“, and advised "a
break that ends or starts earlier", which read oddly for days nobody can move (r317, r318
writers).

A one-day break is named by its day, and the hint says which event's weeks it takes.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_one_day_break_is_named_by_its_day() -> None:
    events = [{"title": "Open day", "date": date(2027, 3, 27)},
              {"title": "Fair day", "date": date(2027, 3, 26)}]  # fmt: skip
    blackout = [{"from": date(2027, 3, 17), "to": date(2027, 3, 17), "reason": "Stocktake"}]
    strategy = make(language="en", months=2, hours_per_week=1, events=events,
                    channels={"linkedin": {}}, blackout=blackout)  # fmt: skip
    hints = [f.suggestion for f in check_plan(strategy, schedule_work(strategy))
             if f.code == "unannounced"]  # fmt: skip
    assert hints
    assert all("blackout[0] (17 Mar) takes 1 of the" in h for h in hints), hints
    assert not any("17 Mar to 17 Mar" in h or "starts earlier" in h for h in hints)
