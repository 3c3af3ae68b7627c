"""An optician thanked a kindergarten for „Ihren Punkt zu …“ and asked if it still saw it so.

The thank-you lines for a named contact were written for someone with views to quote; a
kindergarten that hosted the shop's eye-test morning has none. The lines now thank for help,
a recommendation or work done together, which fits a person and an organisation alike.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_people_plan import HARBOURLINE, with_rows

GERMAN = str(HARBOURLINE.parent.parent / "tischlerei-falk" / "strategy.yaml")


def test_no_thank_you_asks_an_organisation_about_its_point_of_view() -> None:
    rows = [
        f"Kindergarten Sonnenkäfer {n},facebook,,close,2026-10-01,,,,Sehtest-Vormittag"
        for n in range(6)
    ]
    strategy, calendar = with_rows(rows, GERMAN)
    thanks = [r.prompt for r, e in zip(render(strategy, calendar), calendar, strict=True)
              if e.contact and e.move == "thank"]  # fmt: skip
    assert thanks
    assert not [p for p in thanks if "Punkt zu" in p or "heute noch so" in p]
