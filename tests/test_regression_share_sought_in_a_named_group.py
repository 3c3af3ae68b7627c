"""An orchard's Facebook page was sent to find a piece to share in its village noticeboard.

„Wyebank Village Noticeboard“ was one of the team's Facebook groups, named without the word
"group" in a goal's places. A post in a group stays among its members and cannot be shared to a
page, so a share never looks for its piece in one of the team's groups, by whatever name.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

NOTICEBOARD = "Wyebank Village Noticeboard"
GOAL = {"id": "volunteers", "text": "More volunteers", "where": [NOTICEBOARD]}
TOPIC = {"title": "Apple blossom", "kind": "theme", "short": "the blossom"}


def test_a_share_is_not_sought_in_the_teams_own_group() -> None:
    strategy = make(
        language="en",
        timezone="Europe/London",
        goals=[GOAL],
        topics=[TOPIC],
        channels={"facebook": {}, "facebook-group": {}},
        groups={"facebook-group": [NOTICEBOARD]},
    )
    rows: list[dict[str, Any]] = [
        {"channel": "facebook", "move": "share", "topic": "Apple blossom", "goal": "volunteers",
         "start": f"2027-04-{day:02d} 09:00"}
        for day in range(5, 10)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if NOTICEBOARD in p]
