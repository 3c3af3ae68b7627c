"""Regression: "Open with your own answer in two sentences" before "Can you guess what this
tool was used for?" (r637).

A rural-life museum's guessing post was told to give the answer first, which spoils the game.
A question that asks people to guess is a quiz: the post gives a clue, and the answer comes
in the replies.
"""

from __future__ import annotations

from dialogplan.question_shapes import talk_of
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GUESS = "Can you guess what this tool was used for?"


def test_a_guess_is_a_quiz() -> None:
    assert talk_of(GUESS, "en") == "quiz"


def test_the_post_gives_no_answer_first() -> None:
    topic = {"title": "Objects from the store room", "questions": [GUESS]}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "ask", "topic": topic["title"], "seq": seq,
             "start": f"2027-04-{5 + 7 * seq:02d} 09:00"} for seq in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any(GUESS in p for p in prompts), prompts
    assert not [p for p in prompts if "your own answer" in p], prompts
