"""'3 of the 11 prompts … fall back on a general line', after four questions were written.

A knife shop's writer wrote four questions for a topic and was still asked for more, with
one of them quoted as an example of a question people ask the team (r391 writer). The
advice now says how many of the topic's questions read that way, so the writer sees which
of the four did not count.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

QUESTIONS = [
    "Is my knife blunt, or am I just using the wrong board?",
    "How can I tell when my knife needs sharpening?",
    "Which knife do you reach for first every day?",
]


def test_the_advice_counts_the_questions_that_do_not_go_out() -> None:
    topic = {"title": "Keeping knives sharp", "kind": "theme", "questions": QUESTIONS}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}, "instagram": {}})
    (short,) = [f for f in build(strategy).findings if f.code == "few-questions"]
    assert "2 of the questions you wrote" in short.suggestion
    assert repr(QUESTIONS[0]) in short.suggestion
