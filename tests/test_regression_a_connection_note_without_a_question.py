"""Regression: "Say why you're writing – a post of theirs, a shared interest … A note could read:
“I've enjoyed your posts – happy to connect.”" (r658).

The example note named no post and asked nothing, right after the step asking for both. A
connection request's note names the post and asks one question, within the note's limit.
"""

from __future__ import annotations

import re

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

NOTE = re.compile(r"“([^”]*)”")


def test_every_example_note_asks_a_question() -> None:
    strategy = make(language="en", channels={"linkedin": {}})
    rows = [{"channel": "linkedin", "move": "connect", "start": f"2027-03-{day:02d} 08:00"}
            for day in range(1, 29)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    notes = [note for prompt in prompts if "connection request" in prompt
             for note in NOTE.findall(prompt)]  # fmt: skip
    assert notes, prompts
    for note in notes:
        assert "?" in note and len(note) <= 200, note
