"""A meeting eight weeks after a round of new contacts said "the accounts you followed most
recently show them": by then dozens of others are more recent. Weeks later, the prompt points
to the messages sent that day.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_people_contacted_weeks_ago_are_found_by_the_day_not_by_recency() -> None:
    strategy = make(language="en")
    rows = [{"channel": "instagram", "move": "connect", "start": "2027-03-01 08:00"}] + [
        {"channel": "instagram", "move": "meet", "start": f"2027-{month}-{day} 08:00",
         "continues": 0}
        for month, day in (("03", "10"), ("04", "26"), ("04", "27"), ("04", "28"))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))][1:]
    for prompt in prompts[1:]:
        assert "most recently" not in prompt, prompt
