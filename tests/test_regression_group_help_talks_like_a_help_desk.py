"""Group help on a theme people argue or choose about closed like a help desk.

A choir was to answer „open questions about sea shanties“ in a local group and finish with
„Which part would you tackle first?“, and elsewhere „Then offer to take another look if it
doesn't work out“ after a tip on lunch spots. Group help on a theme of taste, story or debate
now answers members' posts with a pick, a moment or a view, and asks back accordingly.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HELP_DESK = ("tackle first", "take another look", "doesn't work out", "open questions")


@pytest.mark.parametrize("talk", ["taste", "story", "debate"])
def test_group_help_on_a_theme_of_talk_asks_back_in_kind(talk: str) -> None:
    topics = [{"title": "Sea shanties", "kind": "theme", "talk": talk, "short": "sea shanties"}]
    strategy = make(language="en", topics=topics, channels={"facebook-group": {}},
                    groups={"facebook-group": ["Bristol Noticeboard"]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-help", "topic": "Sea shanties",
             "group": "Bristol Noticeboard", "start": f"2027-03-{d:02d} 19:00"}
            for d in range(1, 13)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert not any(words in prompt for words in HELP_DESK), prompt
