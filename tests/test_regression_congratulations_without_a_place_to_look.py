"""Congratulation rounds said "Find two posts with good news this week" and nowhere to look
in every other prompt (r315, r324, r329, r335), and began "Start with Dev Chauhan" before a
congratulation line, of a contact with no news (r335).

Every congratulation round says where the news turns up, and a contact without news is
looked in on, not started with.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

FIND = {"en": "through the pages your page follows", "de": "über die Seiten, denen"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_congratulation_round_says_where_to_look(language: str) -> None:
    strategy = make(language=language, channels={"facebook": {}})
    on = {"channel": "facebook", "move": "congratulate", "topic": ""}
    rows = [{**on, "start": f"2027-04-{day:02d} 11:00", "seq": day} for day in range(1, 9)]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert all(FIND[language] in p for p in prompts), prompts
