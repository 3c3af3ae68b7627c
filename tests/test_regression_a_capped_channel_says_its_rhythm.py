"""A mediation service's writer read "Newsletter is given 30 minutes a week, but its
posts_per_week lets the plan fill only 12 of them" and could not see where the 12 came from:
it had written 0.25 posts a week (r351). The finding says the rhythm and the minutes of a post
that make the figure.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_the_figure_comes_with_the_rhythm_that_makes_it() -> None:
    newsletter = {"hours_per_week": 0.5, "posts_per_week": 0.25, "min_minutes_per_week": 20}
    strategy = make(language="en", channels={"linkedin": {}, "newsletter": newsletter})
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    (thin,) = [f for f in findings if f.code == "thin" and f.channel == "newsletter"]
    assert "its posts_per_week (0.25 posts a week, about " in thin.message, thin.message
    assert " minutes each on average: a post of " in thin.message
    assert "-minute reply round) lets the plan fill only " in thin.message
    # "8 of them" left two writers asking: 8 minutes or 8 posts? (r365, r368 writers)
    assert thin.message.split("fill only ")[1].split(";")[0].endswith("of its 30 minutes")
