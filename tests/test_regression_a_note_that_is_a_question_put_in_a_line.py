"""A bat group's prompt read “What's the latest with who leads the Harrowmere Lakes bat walk?”
(r339): the team's note of what to talk about was a question of its own, not a thing, and
was put into a line as one.

A note that starts with a question word is never said in a line to the person.
"""

from __future__ import annotations

import pytest

from dialogplan.names import said_to


@pytest.mark.parametrize(
    ("talk", "language"),
    [
        ("who leads the Harrowmere Lakes bat walk", "en"),
        ("whether the hall can host the autumn fair", "en"),
        ("wann die Wiese am Kapellenweg gemäht wird", "de"),
        ("ob der Bauhof wieder Zangen stellt", "de"),
    ],
)
def test_a_note_that_is_a_question_stays_out_of_lines(talk: str, language: str) -> None:
    assert said_to(talk, language) == ""


def test_a_note_that_names_a_thing_is_said() -> None:
    assert said_to("the April talk at the Severn Horological Circle", "en")
