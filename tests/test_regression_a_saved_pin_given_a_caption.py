"""Regression: "On your Pinterest boards, save a Pin by someone else … Say who else should read it
and why, then ask the author one thing." (r670).

A garden studio was told to say something with a saved Pin, which carries no words of the
saver's: impossible where it said. What the team has to say goes into a comment on the
original Pin, to its maker.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_share_on_pinterest_speaks_in_a_comment_on_the_original() -> None:
    topic = {"title": "Wildlife in small gardens", "kind": "theme"}
    strategy = make(language="en", topics=[topic], channels={"pinterest": {}})
    rows = [{"channel": "pinterest", "move": "share", "topic": topic["title"], "seq": n,
             "start": f"2027-03-{n + 1:02d} 20:00"} for n in range(12)]  # fmt: skip
    for prompt in [e.prompt for e in render(strategy, entries(strategy, rows))]:
        assert "In a comment on the original Pin," in prompt, prompt
        assert "Say who else should read it" not in prompt, prompt
