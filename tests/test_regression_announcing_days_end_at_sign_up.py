"""A break "takes 5 of the 22 days before 'Blockparty 2027'", in a warning that spoke of "the
four weeks before it" (r463, r471 writers): both worked out that sign-up closed first.

Where an event's details give a last day to sign up before it, the hint says the days end
there.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_the_days_a_break_takes_end_where_sign_up_closes() -> None:
    events = [{"title": "Open day", "date": date(2027, 3, 27),
               "details": "Free, sign up by 20 March"}]  # fmt: skip
    blackout = [{"from": date(2027, 3, 10), "to": date(2027, 3, 14), "reason": "Stove service"}]
    strategy = make(language="en", months=2, hours_per_week=1, events=events,
                    channels={"linkedin": {}}, blackout=blackout)  # fmt: skip
    hints = [f.suggestion for f in check_plan(strategy, schedule_work(strategy))
             if f.code == "unannounced"]  # fmt: skip
    assert hints
    assert all("before sign-up for 'Open day' closes on 20 March" in h for h in hints), hints
