"""A listening round in a group given over to cast iron said "If the theme is quiet this week"
(r598): in such a group it is the group that is quiet.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Cast Iron & Carbon Steel Cooks UK"
TOPIC = "Looking after cast iron"


def test_a_group_on_the_theme_is_the_one_said_to_be_quiet() -> None:
    topics = [{"title": TOPIC, "kind": "theme", "short": "cast iron care"}]
    strategy = make(language="en", topics=topics, channels={"facebook-group": {}},
                    groups={"facebook-group": [{"name": GROUP, "topics": [TOPIC]}]})  # fmt: skip
    rows: list[dict[str, Any]] = [
        {"channel": "facebook-group", "move": "listen", "topic": TOPIC, "group": GROUP,
         "start": f"2027-03-{day:02d} 19:00"} for day in range(1, 29)
    ]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [t for t in texts if "theme is quiet" in t], texts
    assert [t for t in texts if "group is quiet" in t], texts
