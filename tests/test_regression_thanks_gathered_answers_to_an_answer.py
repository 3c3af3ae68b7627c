"""A wheelchair basketball club answered "Do I need to be a wheelchair user to play?" in a
post of its own, and the thank-you round after it said "Gather the answers to your post with
the answer from Wednesday … Which would you try first?" (r448): nothing had come back to
gather but what people added to the club's answer.

After a post that answers a question people ask the team, the thanks go to those who added
to the answer, in every turn, with a step that begins a sentence.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Taster Tuesdays", "questions": ["Do I need to be a wheelchair user to play?"]}


@pytest.mark.parametrize("seq", range(4))
def test_the_thanks_after_an_answer_are_for_what_people_added(seq: int) -> None:
    strategy = make(language="en", topics=[TOPIC], channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "ask", "topic": TOPIC["title"],
         "start": "2027-03-10 12:00", "seq": seq},
        {"channel": "instagram", "move": "thank", "topic": TOPIC["title"],
         "start": "2027-03-13 18:00", "follows": 0, "seq": seq},
    ]  # fmt: skip
    thanks = render(strategy, entries(strategy, rows))[1].prompt
    assert "answers to your post with the answer" not in thanks
    assert "added" in thanks
    assert "” thank" not in thanks and "” say" not in thanks
