"""Three writers gave a monthly newsletter half an hour a week and read "thin: Newsletter gets
13 minutes per week; it needs at least 20" as a sum gone wrong (r318, r325, r327 writers): its
posts_per_week held it back, which only the suggestion said.

A channel its posts_per_week holds back says so in the finding itself: how many of its
minutes its posts take; the suggestion names dropping the channel as such. One given less
than its minimum says how much it is given (r332 writer, who had written 0.25 hours).
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_capped_channel_says_its_posts_take_part_of_its_minutes() -> None:
    newsletter = {"hours_per_week": 0.5, "posts_per_week": 0.25, "min_minutes_per_week": 20}
    strategy = make(language="en", months=3,
                    channels={"instagram": {}, "newsletter": newsletter})  # fmt: skip
    (finding,) = [f for f in check_plan(strategy, schedule_work(strategy))
                  if f.channel == "newsletter" and f.code == "thin"]  # fmt: skip
    assert finding.message.startswith("Newsletter is given 30 minutes a week, but its posts_per")
    assert "lets the plan fill only" in finding.message
    assert "or the Newsletter channel." in finding.suggestion


def test_a_channel_given_less_than_its_minimum_says_what_it_is_given() -> None:
    strategy = make(language="en", months=3,
                    channels={"instagram": {}, "newsletter": {"hours_per_week": 0.25}})  # fmt: skip
    (finding,) = [f for f in check_plan(strategy, schedule_work(strategy))
                  if f.channel == "newsletter" and f.code == "thin"]  # fmt: skip
    assert "Newsletter is given 15 minutes a week, of which the plan fills" in finding.message
    assert "it needs at least 20 minutes a week (the built-in minimum" in finding.message
