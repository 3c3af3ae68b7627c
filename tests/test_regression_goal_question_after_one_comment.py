"""A museum's reply round sent its volunteer question to someone who had commented once.

Under a question about family stories from the river, the prompt told the team to write
privately to the person with the longest comment: „Hätten Sie Lust, einmal im Monat
sonntags bei uns mitzuhelfen?“ As the first message to a near-stranger it reads as a cold
ask. The goal's question now goes privately to whoever answers the team's reply too.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

QUESTION = {"de": "Hättest du Lust, sonntags bei uns mitzuhelfen?",
            "en": "Would you help us on a Sunday once a month?"}  # fmt: skip


SECOND = {"de": ("noch einmal",), "en": ("again", "replied to you", "back and forth")}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_goals_question_waits_for_a_second_exchange(language: str) -> None:
    goals = [{"id": "helfen", "text": "Ehrenamtliche", "who": "Leute aus Rotenburg",
              "question": QUESTION[language]}]  # fmt: skip
    strategy = make(language=language, goals=goals, channels={"instagram": {}})
    rows = asked_and_answered("instagram", [f"2027-03-{2 * n + 1:02d}" for n in range(8)])
    asked = [e.prompt for e in render(strategy, entries(strategy, rows))
             if e.move == "reply" and QUESTION[language] in e.prompt]  # fmt: skip
    assert asked
    assert all(any(words in prompt for words in SECOND[language]) for prompt in asked)
