"""Regression: a listening round saved unanswered questions "to comment with later" (r404).

An alpine nursery's reviewer read a listening round in the local groups that saved "a question
about life in the area that nobody has answered yet" and noted what to comment later: the one
moment an answer counts is when the question is fresh. Listening saves what keeps; open
questions are looked for by the rounds that comment.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make


def angles(move: str) -> set[str]:
    strategy = make(language="en", channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": move, "start": f"2027-03-{day:02} 09:00",
         "topic": "", "place": "local", "seq": day}
        for day in range(1, 29)
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    return {facts(i)["local_angle_id"] for i in range(len(rows))}


def test_listening_never_saves_an_unanswered_question_for_later() -> None:
    assert "open-question" not in angles("listen")
    assert {"recommendation", "local-event"} <= angles("listen")


def test_comment_rounds_still_answer_open_questions() -> None:
    assert "open-question" in angles("comment")
