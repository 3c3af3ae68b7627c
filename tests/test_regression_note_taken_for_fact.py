"""A contact's note was read as proof that they are one of the people a goal looks for.

A yarn shop's goal looked for people who want to start a knitting circle; a contact's note
said she runs one. The note shared words with the goal's people, and the prompt told the team
„Laut eurer Notiz gehört Ida zu den Leuten, die ihr sucht“ and asked her to start a circle.
Shared words only make a fit likely: the prompt now says so carefully, and leaves the person a
way to say no and name someone else.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.render import render
from tests.test_prompt_context import with_contacts
from tests.test_render import entries
from tests.test_threads import make

GOALS = [
    {"id": "coaches", "text": "Find coaches", "who": "former college rowers in the area",
     "question": "Would you coach our juniors?"},
]  # fmt: skip
MOVES = ("comment", "meet")
#: The fallback when the person is not one of them: ask whom else to ask.
FALLBACK = {
    "en": ("who else", "whom they would ask"),
    "de": ("an wen", "wen du stattdessen", "wen ihr stattdessen"),
}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("move", MOVES)
def test_a_fitting_note_is_a_guess_with_a_way_out(language: str, move: str) -> None:
    strategy = with_contacts(make(goals=GOALS, language=language))
    rows = [{"channel": "instagram", "move": move, "start": f"2027-03-0{n + 2} 08:00", "topic": ""}
            for n in range(2)]  # fmt: skip
    # Row 2 of the contacts file is Marek Olsen, "Former college rower"; the question goes
    # to him in the first entry that names him, so each plan here names him once.
    for row in rows:
        named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, [row])]
        (prompt,) = (e.prompt for e in render(strategy, named))
        assert "Would you coach our juniors?" in prompt
        assert any(words in prompt for words in FALLBACK[language]), prompt
