"""Regression: "„Ihrem“ stands outside the braces …: write it with its „du“ form, as in
{deinem|Ihrem}" for „{Hättet ihr|Hätten Sie} Lust, mit Ihrem Verein …?“ (r667 writer).

A winery's question spoke to several people in its „du“ form, and the fix, followed to the
letter, read „ihr … deinem“. The „du“ form it gives is the one of the line: „eurem“.
"""

from __future__ import annotations

from dialogplan.voice import sie_outside


def test_the_fix_speaks_to_as_many_as_the_line() -> None:
    several = "{Hättet ihr|Hätten Sie} Lust, mit Ihrem Verein bei uns zu feiern?"
    one = "{Hättest du|Hätten Sie} Lust, mit Ihrem Verein bei uns zu feiern?"
    assert sie_outside(several) == [("Ihrem", "eurem")]
    assert sie_outside(one) == [("Ihrem", "deinem")]
