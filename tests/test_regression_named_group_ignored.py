"""Finding groups ignored the group the strategy named.

A goal's places listed "the Dublin SaaS founders group on LinkedIn"; the prompt said "search
on LinkedIn for groups about sample sizes", which finds statistics groups. A group the goal
names is where its people already are: finding groups now starts by asking to join it.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WHERE = {
    "en": ("the Dublin SaaS founders group on LinkedIn", "linkedin", "Dublin SaaS founders group"),
    "de": ("die Facebook-Gruppe Eltern in Schwabach", "facebook", "Eltern in Schwabach"),
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_finding_groups_starts_with_the_group_the_goal_names(language: str) -> None:
    place, channel, name = WHERE[language]
    goals = [{"id": "sichtbar", "text": "Sichtbar werden", "where": [place, "#saas"]}]
    strategy = make(language=language, goals=goals, channels={channel: {}})
    for seq in range(4):
        rows = [{"channel": channel, "move": "find-groups", "start": "2027-03-02 09:00",
                 "seq": seq}]  # fmt: skip
        assert name in render(strategy, entries(strategy, rows))[0].prompt
