"""Regression: "Where that event matters more, leave it as it is: the prompts that invite to it
in passing then carry it." (r672 writer).

A surf school's writer could not tell what "it" was, three times over. The choice names the
setting to leave out and the offer the other posts invite to.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.support import ROOT, load_plan

SURF = ROOT / "tests" / "strategies" / "clean-tides-surf.yaml"


def test_the_choice_names_what_to_leave_out() -> None:
    strategy = load_plan(SURF)
    (choice,) = [
        f.suggestion
        for f in check_plan(strategy, schedule_work(strategy))
        if f.code == "unannounced" and "You can choose." in f.suggestion
    ]
    assert "leave it as it is" not in choice
    assert "leave `announce_first` out: 'Sponsor a beach clean kit' is then invited" in choice
