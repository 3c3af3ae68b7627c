"""A meeting entry said the team's meeting place twice.

"… suggest meeting at the salon on Cold Bath Road for a cuppa (and a biscuit for the dog).
… Something like “… Would you like to talk it through at the salon on Cold Bath Road for a
cuppa (and a biscuit for the dog)?”" The instruction now suggests a meeting, and the example
line says where.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PLACE = "at the salon for a cuppa"


def test_a_meeting_prompt_names_the_team_s_meeting_place_once() -> None:
    strategy = make(language="en", meet_at=PLACE)
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-0{n + 2} 08:00"}
            for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    for prompt in prompts:
        assert prompt.count("the salon") == 1, prompt
