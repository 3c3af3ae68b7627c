"""A florist gave Pinterest exactly its 45 minutes and was told it gets 41.

„thin: Pinterest gets 41 minutes per week; it needs at least 45“ read as the check miscounting
the hours written. The work comes in whole pieces, which need not fill the minutes given; the
message said so where the minutes given reach the minimum. Five teams in one week still met
it after writing exactly the minimum (r241–r249's writers): a channel given its minimum is
alive when its pieces fill nine tenths of it.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def thin(hours: float) -> str:
    """The check's thin finding on Pinterest, given ``hours`` a week, or "" without one."""
    strategy = make(channels={"pinterest": {"hours_per_week": hours}, "instagram": {}})
    found = check_plan(strategy, render(strategy, schedule_work(strategy)))
    return next((f.message for f in found if f.code == "thin" and f.channel == "pinterest"), "")


def test_a_channel_given_its_minimum_is_alive_though_its_pieces_fill_less() -> None:
    assert thin(0.75) == ""


def test_a_channel_given_less_says_what_it_gets() -> None:
    """Short of its minimum for want of minutes: the pieces only say where a minute went."""
    assert thin(0.5).startswith("Pinterest is given 30 minutes a week, of which the plan fills")
    assert "which do not fill" not in thin(0.5)
