"""A youth club's spring clean-up, 12 days into the plan, "gets no invitation in the four weeks
before it; it needs two".

Three writers could not tell why it could not be invited to twice: the plan's start, which
cut those weeks short, was never named (r370, r376, r377 writers). The warning now counts the
days the plan has before the event and names its start as the cause, and says why two.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make


def test_the_warning_names_the_days_the_plan_has_and_its_start() -> None:
    strategy = make(
        months=3,
        hours_per_week=1.5,
        channels={"instagram": {"new": True}, "facebook": {}},
        events=[{"title": "Frühjahrsputz", "date": date(2027, 3, 13)}],
    )
    (finding,) = [f for f in build(strategy).findings if f.code == "unannounced"]
    assert "in the 12 days before it" in finding.message
    assert finding.message.endswith(
        ", so that people who miss one post see another: the plan starts on 1 March, which "
        "leaves it only those days"
    )
