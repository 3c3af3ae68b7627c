"""An allotment society was told to start in two Facebook groups and "join it if you haven't yet".

The comment prompt joined its pointer to the goal's groups with "it" whatever their number.
It now says "them" for two.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WHERE = ["the Facebook group Llanafon Community Noticeboard", "the Facebook group Teifi Parents"]


def test_two_groups_are_joined_as_them() -> None:
    goals = [{"id": "plots", "text": "New plot holders", "where": WHERE}]
    strategy = make(language="en", goals=goals, channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "comment", "start": f"2027-03-{day:02d} 09:00",
         "topic": "", "seq": day}
        for day in range(1, 15)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    joined = [p for p in prompts if "if you haven't yet" in p]
    assert joined
    assert all("join them" in p for p in joined)
