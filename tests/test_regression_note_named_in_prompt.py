"""„Nach deiner Notiz könnte Marcel zu den Leuten gehören, die du suchst“ showed the data model.

A climbing park's reviewer marked it as a seam: the team keeps notes on contacts, but a prompt
that says "by your note" reads like the tool talking. The line now speaks of the person.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.render import render
from tests.test_prompt_context import with_contacts
from tests.test_regression_note_taken_for_fact import GOALS
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("seq", [0, 1, 2, 3])
def test_the_guess_that_a_contact_fits_a_goal_does_not_quote_the_note(
    language: str, seq: int
) -> None:
    strategy = with_contacts(make(goals=GOALS, language=language))
    row = {"channel": "instagram", "move": "meet", "start": "2027-03-02 08:00", "seq": seq}
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, [row])]
    (prompt,) = (e.prompt for e in render(strategy, named))
    assert "Would you coach our juniors?" in prompt
    assert "note" not in prompt and "Notiz" not in prompt, prompt
