"""A meeting invitation was swapped for a survey question, for people nobody could recognise.

A choir's meeting entry said „If they're one of the Bristol families, neighbours and friends
who enjoy live local music, ask instead: “Which song would you most love to hear sixty voices
sing?”“: the goal's people pasted word for word, and a message cannot tell who they are. The
invitation now stays, and the goal's question goes into the conversation.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WHO = {"en": "families who enjoy live local music", "de": "Familien, die gern Livemusik hören"}
QUESTION = {"en": "Which song would you love to hear?", "de": "Welches Lied würdet ihr gern hören?"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_meeting_keeps_its_invitation_and_carries_the_goal_s_question(language: str) -> None:
    goals = [{"id": "hall", "text": "Fill the hall", "who": WHO[language],
              "question": QUESTION[language]}]  # fmt: skip
    strategy = make(language=language, goals=goals, meet_at="at our rehearsal")
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-{d:02d} 18:00"}
            for d in range(2, 14)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    asked = [p for p in prompts if QUESTION[language].rstrip("?") in p]
    assert asked
    for prompt in asked:
        assert WHO[language] not in prompt, prompt
        assert "instead" not in prompt and "statt eines Treffens" not in prompt, prompt
