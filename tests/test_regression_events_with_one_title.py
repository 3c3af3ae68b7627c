"""Three monthly evenings with one title were all announced for the last date.

A co-working space listed its Friday show-and-tell three times, each with its own date and
the same title. ``validate`` accepted it, and every announcement, the one in early January
too, named the March evening: titles are how goals, prompts and topics name events. Two
offers or events with one title, or two topics with one title, are now refused with the line
of the second and a title to use instead.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.strategy import parse_strategy

STRATEGY = """\
client: loftline
name: Loftline
language: en
timezone: Europe/London
start: 2027-01-04
months: 3
hours_per_week: 2
audience: freelancers in Leeds
goals: [{id: desks, text: Fill desks}]
topics: [Remote work]
channels: {linkedin: {}}
events:
  - {title: Show-and-tell, date: 2027-01-29, time: "18:00"}
  - {title: Show-and-tell, date: 2027-02-26, time: "18:00"}
"""


def test_a_second_event_with_the_same_title_is_refused_with_its_line() -> None:
    with pytest.raises(StrategyError) as raised:
        parse_strategy(STRATEGY, "strategy.yaml")
    [problem] = raised.value.problems
    assert (problem.line, problem.path) == (14, "events[1].title")
    assert "'Show-and-tell, 26 February'" in problem.message
