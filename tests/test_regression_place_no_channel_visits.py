"""A goal's places that no channel of the plan could visit were silently never used.

A mobile dog groomer listed „die Seiten der Tierarztpraxen im Landkreis Regensburg“ among the
places of her goal to win vets as partners, on Instagram and Facebook groups. Pages are
Facebook's, LinkedIn's and XING's, and a channel of groups visits groups: no prompt ever
named them, and neither validate nor check said so. ``check`` now notes such a place.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

PAGES = "die Seiten der Tierarztpraxen im Landkreis Regensburg"
WHERE = [PAGES, "die Facebook-Gruppe Hunde in Regensburg", "#hunderegensburg"]
GOALS = [{"id": "partner", "text": "Tierarztpraxen als Partner", "where": WHERE}]


def test_a_place_no_channel_of_its_goal_visits_is_noted() -> None:
    strategy = make(goals=GOALS, channels={"instagram": {}, "facebook-group": {}},
                    groups={"facebook-group": ["Hunde in Regensburg"]})  # fmt: skip
    found = [f for f in check_plan(strategy, schedule_work(strategy)) if f.code == "unused-place"]
    assert [PAGES in f.message for f in found] == [True]


def test_the_same_place_with_a_facebook_page_is_fine() -> None:
    strategy = make(goals=GOALS, channels={"instagram": {}, "facebook": {}})
    found = [f for f in check_plan(strategy, schedule_work(strategy)) if f.code == "unused-place"]
    assert [f.message for f in found if PAGES in f.message] == []
