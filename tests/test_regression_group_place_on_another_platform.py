"""An allotment society's Instagram was sent to look for news "in Meanwood Community
Noticeboard", its Facebook group.

The goal's place named the group without its platform, and a bare name counted as reachable
from any channel. A place that names one of the team's groups now belongs to that group's
platform.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

BOARD = "Meanwood Community Noticeboard"


def test_a_place_naming_a_group_stays_on_the_group_s_platform() -> None:
    goals = [{"id": "plots", "text": "Fill plots", "where": [BOARD, "#leedsallotments"]}]
    strategy = make(language="en", goals=goals, groups={"facebook-group": [BOARD]},
                    channels={"instagram": {}, "facebook-group": {}})  # fmt: skip
    rows = [{"channel": channel, "move": "listen", "start": f"2027-03-0{day} 08:00", "topic": ""}
            for day, channel in ((2, "instagram"), (3, "facebook-group"))]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["where"] == ("#leedsallotments",)
    assert BOARD in facts(1)["where"]
