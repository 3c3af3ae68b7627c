"""Regression: „Am 20. März ist Workshop Kräuterseife“ and „die Antworten auf eure Antwort“.

A soap workshop's writer (r276) read an event's short form without its article: the head noun
„Workshop“ came first, named by a word no ending tells. And a story after the team's answer
to a question people ask spoke of „den Antworten auf eure Antwort“: under an answer, people
add to it.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dialogplan.german_nouns import genus
from tests.test_render import entries, render
from tests.test_threads import make


@pytest.mark.parametrize(
    ("name", "gender"), [("Workshop Kräuterseife", "m"), ("Kurs Aquarell", "m")]
)
def test_a_noun_named_by_a_word_after_it_keeps_its_gender(name: str, gender: str) -> None:
    assert genus(name) == gender


def test_a_story_after_an_answer_speaks_of_additions() -> None:
    topics = [{"title": "Feste Seife", "questions": ["Wie lange hält ein Stück Seife?"]}, "Haut"]
    strategy = make(topics=topics)
    rows = [
        {"channel": "instagram", "move": "ask", "start": f"2027-04-0{day} 12:00"}
        | {"topic": "Feste Seife"}
        for day in (1, 2)
    ]
    rows += [
        {"channel": "instagram", "move": "story", "start": f"2027-04-0{day} 12:00"}
        | {"topic": "Feste Seife", "follows": day - 5}
        for day in (5, 6)
    ]
    stories = [e.prompt for e in render(strategy, entries(strategy, rows))[2:]]
    assert not [p for p in stories if re.search(r"Antworten auf (?:eure|deine) Antwort", p)], (
        stories
    )


def test_an_invitation_to_the_workshop_says_der_workshop() -> None:
    event = {"title": "Workshop Kräuterseife im März", "short": "Workshop Kräuterseife"}
    event |= {"date": date(2027, 3, 20), "time": "10:00-13:00"}
    strategy = make(events=[event])
    rows = [{"channel": "instagram", "move": "reply", "start": "2027-03-18 12:00"}]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert re.search(r"[Dd]er Workshop Kräuterseife", prompts[0]), prompts
