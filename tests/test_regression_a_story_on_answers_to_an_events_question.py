"""Regression: a story on the answers to a neighbours' festival's own question.

A community centre's reviewer (r271) read „Erzähl, was euch zu den Antworten auf eure Frage
vom Mittwoch zum Nachbarschaftsfest aus eurem Alltag einfällt – als Erlebnis“ under „Was würden
Sie beitragen – einen Kuchen, ein Lied oder eine helfende Hand?“, closed by a question on
another topic. The answers to an event's own question are offers, not experiences: the story
names who brings what and asks who else comes.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_render import entries, render
from tests.test_threads import make

QUESTION = {
    "de": "Was würdet ihr zum Nachbarschaftsfest beitragen – einen Kuchen oder ein Lied?",
    "en": "What would you bring to the street party – a cake or a song?",
}
CLOSING = {"de": ("„Wer ist noch dabei", "„Was fehlt noch?“"), "en": ("“Who else", "“What's")}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_story_names_who_brings_what_and_asks_who_else(language: str) -> None:
    event = {"title": "Nachbarschaftsfest", "date": date(2027, 5, 28)}
    event |= {"question": QUESTION[language], "topics": ["Nachbarschaft"]}
    topics = [
        "Nachbarschaft",
        {"title": "Allein im Alter", "questions": ["Was hilft, wenn Nachbarn allein sind?"]},
    ]
    strategy = make(language=language, events=[event], topics=topics)
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-05-24 12:00"}
        | {"topic": "Nachbarschaft"},
        {"channel": "instagram", "move": "story", "start": "2027-05-26 12:00"}
        | {"topic": "Nachbarschaft", "follows": 0},
    ]
    built = entries(strategy, rows)
    prompts = [e.prompt for e in render(strategy, built)]
    assert QUESTION[language].split(" –")[0] in prompts[0], prompts[0]
    story = prompts[1]
    assert "Erlebnis" not in story and "Nachbarn allein" not in story, story
    assert any(line in story for line in CLOSING[language]), story
