"""Help in groups went looking for "open questions about village life" nobody asks.

A fire brigade's reviewer scored two group-help prompts 2: members ask for help with smoke
alarms and barbecues, not with a theme people tell stories about. Group help now leaves out
topics whose `talk` is `story`.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

TOPICS = [
    {"title": "Village life", "kind": "theme", "talk": "story"},
    {"title": "Fire safety at home", "kind": "theme", "talk": "problem"},
]


def test_group_help_takes_the_themes_people_ask_about() -> None:
    strategy = make(language="en", topics=TOPICS, channels={"facebook-group": {}},
                    groups={"facebook-group": ["Our Village"]})  # fmt: skip
    helped = {e.topic for e in build(strategy).entries if e.move == "group-help"}
    assert helped == {"Fire safety at home"}
