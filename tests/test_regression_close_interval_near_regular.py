"""Three strategy writers were told `keep_in_touch: {close: 87}` or `{close: 88}`.

Regular contacts are kept every 90 days: a close contact kept every 88 is close in name only,
and one writer got the same 88 after setting 60 itself. An interval is suggested only up to
halfway to the next tier's; beyond it, the finding suggests the next tier.
"""

from __future__ import annotations

import re

from tests.support import ROOT, build, load_plan

RADIO = ROOT / "tests" / "strategies" / "tideway-fm.yaml"


def test_no_close_interval_beyond_halfway_to_regular() -> None:
    plan = load_plan(RADIO)
    advice = [f.suggestion for f in build(plan).people.findings if f.code == "losing-touch"]
    limit = (plan.keep_in_touch.days("close") + plan.keep_in_touch.days("regular")) / 2
    suggested = [int(d) for a in advice for d in re.findall(r"\{close: (\d+)\}", a)]
    assert all(days <= limit for days in suggested), advice
    assert any("regular in the contacts file" in a for a in advice), advice
