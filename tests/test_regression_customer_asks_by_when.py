"""„Bis wann muss ich bestellen …?“ was posted as the team's own follow-up question.

A courier collective listed a question its customers ask („Bis wann muss ich bestellen, damit
es heute noch ankommt?“). Only questions that start with the asker's modal verb („Muss ich
…?“) or a few fixed openings were known as questions to the team, so a reply round used this
one as the collective's next question to its readers. When and how early the asker must act
is now a question to the team, in both languages.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Bis wann muss ich bestellen, damit es heute noch ankommt?", "de"),
        ("Wie früh muss ich den Transport anmelden?", "de"),
        ("Wann kann ich das Rad abholen?", "de"),
        ("By when do I have to order for same-day delivery?", "en"),
        ("How far ahead should I book a tuning?", "en"),
    ],
)
def test_when_the_asker_must_act_is_asked_of_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wann hast du zuletzt ein Paket selbst gebracht?", "de"),
        ("When did you last ride in the rain?", "en"),
    ],
)
def test_questions_to_readers_stay_theirs(question: str, language: str) -> None:
    assert not asks_the_team(question, language)


def test_what_the_asker_wants_to_know_is_asked_of_the_team() -> None:
    """A goldsmith's newsletter: „Eure Frage war: „Woher weiß ich, dass das Gold fair …?““."""
    assert asks_the_team("Woher weiß ich, dass das Gold fair abgebaut wurde?", "de")
    assert asks_the_team("Was mache ich, wenn der Ring zu eng geworden ist?", "de")


def test_how_the_asker_does_something_is_asked_of_the_team() -> None:
    """A goldsmith's followers were asked „Wie reinige ich Silberschmuck …?“."""
    assert asks_the_team("Wie reinige ich Silberschmuck, ohne ihn zu zerkratzen?", "de")
    assert asks_the_team("Wie oft pflege ich einen Ring aus Gelbgold?", "de")
    assert not asks_the_team("Wie würdest du deinen Ring reinigen?", "de")
