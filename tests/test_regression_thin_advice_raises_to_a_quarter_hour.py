"""Regression: "Give Newsletter 20 more minutes a week (… 0.25 → 0.59 …)".

A brass band's writer read it as more than needed (15 + 5 reach 20) and a number nobody
types, where 0.5 worked too. The minutes tried bring a thin channel to quarter hours at or
above its minimum, the fewest first.
"""

from __future__ import annotations

import re

from tests.support import build
from tests.test_threads import make


def test_a_thin_newsletter_is_raised_to_half_an_hour() -> None:
    channels = {"instagram": {"hours_per_week": 2}, "newsletter": {"hours_per_week": 0.25}}
    strategy = make(hours_per_week=2.25, channels=channels)
    (thin,) = [f for f in build(strategy).findings if f.code == "thin"]
    assert "channels.newsletter.hours_per_week 0.25 → 0.5," in thin.suggestion, thin.suggestion
    hours = re.findall(r"→ (\d+(?:\.\d+)?)", thin.suggestion)
    assert all(float(h) * 4 == int(float(h) * 4) for h in hours), thin.suggestion
