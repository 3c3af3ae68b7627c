"""Readers who answered the newsletter's question were thanked "for asking".

An energy-advice charity's reviewer read "Answer every question in full … “Thanks for
asking! Short answer: …”" in the round for replies to the team's own question: the readers
had answered, not asked. The step now holds only where a reader asks something back.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_reply_round_to_answers_does_not_thank_for_asking(language: str) -> None:
    strategy = make(language=language, channels={"newsletter": {}})
    rows = [{"channel": "newsletter", "move": "ask", "start": "2027-03-02 09:00"}] + [
        {"channel": "newsletter", "move": "reply", "start": f"2027-03-03 1{n}:00", "follows": 0,
         "seq": n}
        for n in range(8)
    ]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows))[1:]:
        for words in ("Thanks for asking", "Answer every question", "Beantworte jede Frage"):
            assert words not in entry.prompt, entry.prompt
