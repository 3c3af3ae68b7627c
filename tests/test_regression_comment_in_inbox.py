"""A newsletter's reply round said to ask the next question "under the liveliest comment".

The answers to a newsletter come by e-mail: there is no comment to write under. The reply
round on the inbox puts the next question to the reader who wrote most.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "de": ["Was hat Ihnen am Anfang geholfen?", "Was hätten Sie gern früher gewusst?"],
    "en": ["What helped you at the start?", "What do you wish you had known earlier?"],
}


@pytest.mark.parametrize(("language", "word"), [("de", "Kommentar"), ("en", "comment")])
def test_a_newsletter_reply_round_never_points_to_comments(language: str, word: str) -> None:
    topic = {"title": "Ehrenamt", "kind": "theme", "questions": QUESTIONS[language]}
    strategy = make(language=language, address="Sie", topics=[topic],
                    channels={"newsletter": {}})  # fmt: skip
    rows: list[dict[str, object]] = []
    for week in range(4):
        day = f"2027-03-{1 + 7 * week:02d}"
        rows.append({"channel": "newsletter", "move": "ask", "start": f"{day} 09:00",
                     "topic": "Ehrenamt", "seq": week})  # fmt: skip
        rows.append({"channel": "newsletter", "move": "reply", "start": f"{day} 17:00",
                     "topic": "Ehrenamt", "follows": 2 * week, "seq": week})  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    assert any(q in p for p in replies for q in QUESTIONS[language])  # the next question came
    assert not any(word in p for p in replies)
