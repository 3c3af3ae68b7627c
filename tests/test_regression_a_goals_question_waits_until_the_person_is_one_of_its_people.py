"""Regression: a direct message to paddlers asked „Hast du Lust, diesen Sommer bei uns
mitzuarbeiten?“.

A canoe rental's reviewer (r268) read the job goal's question as pasted into every meeting.
A message cannot tell who is one of the goal's people, so the prompt asks the question only
once that is clear.
"""

from typing import Any

import pytest

from tests.test_render import entries, render
from tests.test_threads import make

QUESTION = {
    "de": "{Hast du|Haben Sie} Lust, diesen Sommer bei uns mitzuarbeiten?",
    "en": "Would you like to work with us this summer?",
}
CONDITION = {"de": ", die ihr sucht", "en": "the people you're looking for"}


def strategy(language: str) -> Any:
    goal = {"id": "saison", "text": "Saisonkräfte finden", "who": "Studierende"}
    goal["question"] = QUESTION[language]
    return make(language=language, goals=[goal], voice="wir")


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_goals_question_is_asked_of_its_people_only(language: str) -> None:
    plan = strategy(language)
    rows = [
        {"channel": "instagram", "move": "meet", "start": f"2027-04-{day:02} 18:00", "topic": ""}
        for day in range(5, 13)
    ]
    asked = [e.prompt for e in render(plan, entries(plan, rows)) if "mitzuarbeiten" in e.prompt]
    asked += [e.prompt for e in render(plan, entries(plan, rows)) if "work with us" in e.prompt]
    assert asked
    assert all(CONDITION[language] in prompt.replace("\u00a0", " ") for prompt in asked)
