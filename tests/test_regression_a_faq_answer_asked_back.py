"""Regression: "Do I need to be fit to join a back care class?" answered, then asked back (r496).

A physiotherapy clinic's post answered the question its patients ask, "then ask readers for
theirs", and ended on "How would you have answered it?": the readers are the ones who ask. A
post that answers such a question asks what others would add or still want to know.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = ["Do I need to be fit to join a back care class?",
             "Do I need a referral from my GP?", "Can I join if I have had surgery?",
             "Do I need to bring a mat?", "Can I come if I am over seventy?",
             "Do I need to book every week?"]  # fmt: skip
TOPIC = {"title": "Our back care class", "kind": "own", "questions": QUESTIONS}


def test_the_answer_is_not_put_back_to_the_readers() -> None:
    strategy = make(language="en", channels={"facebook": {}}, topics=[TOPIC])
    rows = [{"channel": "facebook", "move": "ask", "topic": TOPIC["title"],
             "start": f"2027-03-{1 + 2 * n:02} 09:00", "seq": n} for n in range(12)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert len([p for p in prompts if any(q in p for q in QUESTIONS)]) >= 6
    for prompt in prompts:
        assert "How would you have answered" not in prompt and "readers for theirs" not in prompt
