"""After a cinema's screening, prompts thanked people for their questions.

"Thanks for coming – and for your question about …! What should we go into next time?" and
"Anyone who'd like to hear more is welcome at the outdoor screening" were written for talks.
A cinema's reviewer read them under a film night. Lines about an event the team held now fit
a screening, a fête or a ride as well as a talk.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Cult Classics: Withnail and I", "date": date(2027, 3, 12), "time": "19:30-22:00"}
TALK = ("your question about", "go into next time", "questions people asked there",
        "a question someone asked there", "hear more is welcome",
        "for all your questions")  # fmt: skip


@pytest.mark.parametrize("move", ["ask", "story", "thank"])
@pytest.mark.parametrize("seq", range(4))
def test_the_day_after_a_screening_nobody_is_thanked_for_questions(move: str, seq: int) -> None:
    goals = [{"id": "members", "text": "Win members", "invite": EVENT["title"]}]
    strategy = make(language="en", goals=goals, events=[EVENT], channels={"facebook": {}})
    row = {"channel": "facebook", "move": move, "start": "2027-03-13 10:00", "seq": seq,
           "goal": "members"}  # fmt: skip
    (entry,) = render(strategy, entries(strategy, [row]))
    assert "Withnail" in entry.prompt
    assert not [words for words in TALK if words in entry.prompt], entry.prompt
