"""Groups listed for a Facebook page were reported unused, and the advice went in a circle.

An escape-room company listed local groups under its Facebook page. check said the group
„never gets work“ and to name it in a goal's where; it was named there already, and the
note stayed: a page does no work in groups, and the note did not say so. A page's group
named in a goal's places is where its neighbourhood work starts; one that is not is
reported as a group the page cannot work in, with facebook-group as the way to do so.
"""

from __future__ import annotations

from dialogplan.findings import Severity
from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

GROUP = "Edinburgh Board Game Nights"


def _notes(where: list[str]) -> list[str]:
    goals = [{"id": "friends", "text": "Groups of friends", "where": where}]
    strategy = make(language="en", goals=goals, groups={"facebook": [GROUP]},
                    channels={"facebook": {}})  # fmt: skip
    found = check_plan(strategy, schedule_work(strategy))
    return [f"{f.message} → {f.suggestion}" for f in found if f.code == "unused-place"]


def test_a_page_s_group_named_by_a_goal_is_no_unused_place() -> None:
    assert not [n for n in _notes([f"the Facebook group {GROUP}"]) if GROUP in n]


def test_a_page_s_group_named_by_no_goal_says_the_page_does_no_group_work() -> None:
    (note,) = [n for n in _notes(["#edinburghgames"]) if GROUP in n]
    assert "does no work in groups" in note
    assert "facebook-group" in note


def test_groups_listed_under_a_page_are_a_warning_validate_shows() -> None:
    """A recording studio listed its groups under `facebook` and validate said nothing."""
    strategy = make(language="en", groups={"facebook": [GROUP]}, channels={"facebook": {}})
    (found,) = [f for f in check_plan(strategy, schedule_work(strategy)) if GROUP in f.message]
    assert found.severity == Severity.WARNING
