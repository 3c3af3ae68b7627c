"""A guesthouse's reply round gave a follow-up question a reviewer took for the post's own.

"Once everyone has had an answer, add a comment under the post with a follow-up question:
“What's the best thing about visiting the Lakes out of season?”" The prompt never said what
the post had asked, so the reviewer read it as asking the same again. A round that takes a
question further now names the one the post asked first.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

ASKED = "Which quiet spring morning in the Lakes do you still remember?"
NEXT = "What's the best thing about the Lakes once the holidays are over?"


def test_the_round_says_what_was_asked_before_what_comes_next() -> None:
    topics = [{"title": "The Lakes out of season", "kind": "theme", "questions": [ASKED, NEXT]}]
    strategy = make(language="en", topics=topics, channels={"facebook": {}})
    ask: dict[str, Any] = {"channel": "facebook", "move": "ask", "start": "2027-03-02 09:00",
                           "topic": "The Lakes out of season"}  # fmt: skip
    reply = {**ask, "move": "reply", "follows": 0, "start": "2027-03-02 18:00"}
    first, then = render(strategy, entries(strategy, [ask, reply]))
    assert ASKED in first.prompt
    assert NEXT in then.prompt
    assert ASKED in then.prompt
    assert then.prompt.index(ASKED) < then.prompt.index(NEXT)
