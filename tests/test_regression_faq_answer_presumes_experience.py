"""A sea-kayaking business answered „Sit-on-top or sit-in for a first kayak?“ and closed with
„What did you wish you'd known?“; a pottery's answer closed with „How has it been for you?“.

Both were put to people who had come for the answer because they had not yet paddled or
thrown a pot. The closes of a post that answers a question people ask the team now ask what
they would add or still want to know, never what they went through.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {"en": "How can you tell if a kayak is the right size?",
             "de": "Brauche ich Vorkenntnisse für den Kurs?"}  # fmt: skip
PRESUMED = ("wish you'd known", "How has it been", "vorher gern gewusst")


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_answered_question_closes_without_presuming_experience(language: str) -> None:
    topic = {"title": "First kayak", "kind": "theme", "questions": [QUESTIONS[language]]}
    strategy = make(language=language, topics=[topic], channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "ask", "start": f"2027-{month:02d}-01 11:00",
         "topic": "First kayak", "seq": n}
        for n, month in enumerate(range(1, 13, 2))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    answered = [p for p in prompts if QUESTIONS[language] in p]
    assert len(answered) > 2
    assert not [p for p in answered if any(words in p for words in PRESUMED)]
