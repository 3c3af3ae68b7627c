"""„Sag, warum gerade jetzt: „Ich musste an unser letztes Gespräch denken …““ gave no reason.

Two reviewers found a meeting message that told the team to say why now, then offered a line
that said nothing of it ("We've been thinking about our last conversation"). The phrasing now
asks for a short, honest line, and the line says only what is true: it has been a while.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Thomas Reiter,instagram,@thomas,regular,2026-10-01,,,,,\n"
)


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_meeting_message_claims_a_reason_it_does_not_give(language: str) -> None:
    strategy = make(language=language)
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-{n + 2:02d} 08:00"}
            for n in range(9)]  # fmt: skip
    for prompt in named_prompts(strategy, PEOPLE, rows):
        assert "why now" not in prompt
        assert "warum gerade jetzt" not in prompt
