"""Reply rounds said "your question from yesterday about choosing upholstery fabric in the
“Norwich Old Houses & Renovations” group".

A copy editor read the group as part of the subject (fabric in the group). The group comes
before what the post was about: "your question from yesterday in the “…” group about …".
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Norwich Old Houses"


def test_the_group_comes_before_the_subject() -> None:
    topics = [
        {"title": "Choosing upholstery fabric", "kind": "theme", "short": "upholstery fabric"}
    ]
    strategy = make(language="en", topics=topics, channels={"facebook-group": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    ask: dict[str, Any] = {"channel": "facebook-group", "move": "group-ask", "group": GROUP,
                           "topic": topics[0]["title"], "start": "2027-03-02 19:00"}  # fmt: skip
    rows = [ask] + [{**ask, "move": "reply", "follows": 0, "seq": n,
                     "start": f"2027-03-03 1{n}:00"} for n in range(4)]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    named = [text for text in texts if GROUP in text and "upholstery fabric" in text]
    assert named, texts
    for text in named:
        assert text.index(GROUP) < text.index("upholstery fabric"), text
