"""Prompts sent people to look "under #kidsreading and #wenlowvalley", „unter #kammerchor und
#lautertal“ (r456, r462, r463): a search takes one tag at a time, and posts carrying both are
rare. Two tags are now two places to look: "#a or #b".
"""

from __future__ import annotations

import re

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TAGS = ["#kammerchor", "#lautertal", "#chorsingen"]
BOTH = re.compile(r"#\w+ (?:and|und) #\w+")


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("move", ["connect", "congratulate", "listen"])
def test_two_tags_are_two_places_to_look(language: str, move: str) -> None:
    strategy = make(language=language, channels={"instagram": {"tags": TAGS}})
    rows = [{"channel": "instagram", "move": move, "start": f"2027-03-{1 + n:02} 11:00",
             "seq": n} for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if BOTH.search(p)] == []
