"""A yoga studio was told to open "the accounts you followed on 9 March" on LinkedIn.

No network lists the accounts one followed by the day; a reviewer nearly marked the step
impossible. A meeting that goes back to the people reached out to finds them by the messages
sent that day, or by the most recent follows, never by a day of following.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_follows_are_never_found_by_their_day() -> None:
    strategy = make(language="en", channels={"linkedin": {}})
    rows: list[dict[str, Any]] = [
        {"channel": "linkedin", "move": "connect", "start": "2027-03-09 08:00"}
    ]
    meet = {"channel": "linkedin", "move": "meet", "continues": 0}
    rows += [{**meet, "start": f"2027-03-{day} 08:00"} for day in range(15, 29)]
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    assert texts
    assert not [t for t in texts if "accounts you followed on" in t], texts
