"""The example consultant's Mastodon fell silent over every bank-holiday weekend.

The check warned "Followers see the silence all the same: before the break, post when you
will be back", but the plan posted away notes only before blackouts, and a bakery found
that only a made-up blackout fixed it. A long weekend of public holidays now gets the note
before it on a channel that would otherwise be silent too long, as Easter does; no "we're
back" after it. (May Day leaves Mastodon quiet four days, as long as it tolerates: no note.)
"""

from __future__ import annotations

from datetime import date

from tests.support import PLANS, build, load_plan


def test_a_bank_holiday_weekend_is_announced_not_left_silent() -> None:
    plan = load_plan(next(p for p in PLANS if p.parent.name == "harbourline-advisory"))
    outputs = build(plan)
    assert not [f for f in outputs.findings if f.code == "gap"]
    notes = [e for e in outputs.entries if e.channel == "mastodon" and e.move in ("away", "back")]
    before_easter = [e for e in notes if date(2027, 3, 22) <= e.start.date() < date(2027, 3, 26)]
    assert [e.move for e in before_easter] == ["away"]
    assert "Tuesday 30 March" in before_easter[0].prompt  # the day it answers again
    assert all(e.move == "away" for e in notes)  # no blackout in this plan: no return round
