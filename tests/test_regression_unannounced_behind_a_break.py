"""An energy cooperative's general meeting was "not announced enough", with advice to invite
by e-mail, while the real cause was the team's two-week break inside the four weeks before it.

The finding now names the break and how many of the days of announcing it takes.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_break_in_the_weeks_before_an_event_is_named() -> None:
    strategy = make(
        events=[{"title": "Generalversammlung", "date": date(2027, 6, 17)}],
        channels={"linkedin": {}},
        blackout=[{"from": date(2027, 5, 20), "to": date(2027, 6, 15), "reason": "Ferien"}],
    )
    findings = [f for f in check_plan(strategy, schedule_work(strategy)) if f.code == "unannounced"]
    assert findings
    assert "blackout[0] (20 May to 15 Jun) takes 27 of the 28 days" in findings[0].suggestion
