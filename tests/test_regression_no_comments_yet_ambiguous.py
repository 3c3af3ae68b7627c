"""Listening said "save three to five posts where you see an event coming up – no comments yet".

A reviewer read it two ways: posts nobody has commented on, or do not comment yet. It meant
the second, and now says so.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_listening_says_not_to_comment_yet_in_so_many_words() -> None:
    strategy = make(language="en", area="Harrogate")
    rows = [{"channel": channel, "move": "listen", "start": f"2027-03-{n + 1:02d} 08:00"}
            for n in range(10) for channel in ("instagram", "linkedin")]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert "no comments yet" not in prompt, prompt
