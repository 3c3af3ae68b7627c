"""Three strategy writers could not see what a suggestion changed.

"channels.facebook.hours_per_week 1.2 in place of its share 0.3, channels.instagram
.hours_per_week 2.1 in place of its share 0.35, …, hours_per_week 6 → 6.25": the channel the
finding was about came somewhere in a list of every channel's new line. The raised channel
and the total now come first; the others' shares turned into hours follow, said as what they
are for.
"""

from __future__ import annotations

from dialogplan.trials import budget_after
from tests.test_threads import make


def test_the_change_comes_before_what_keeps_the_others() -> None:
    shares = {"facebook": 0.3, "instagram": 0.35, "linkedin": 0.35}
    strategy = make(hours_per_week=6, channels={c: {"share": s} for c, s in shares.items()})
    advice = budget_after(strategy, ["linkedin"], 15)
    change, _, kept = advice.partition("; so that the other channels keep their minutes: ")
    assert change.startswith("channels.linkedin.share 0.35 → channels.linkedin.hours_per_week ")
    assert "hours_per_week 6 → 6.25" in change
    assert "facebook" in kept and "instagram" in kept and "linkedin" not in kept
