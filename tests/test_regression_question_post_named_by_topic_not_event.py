""" "Your question from Monday about tonewoods", then the question about the open evening.

A luthier's question post asked the workshop open evening's own question under the topic
"Tonewoods"; the thank-you round named the post by its topic and quoted a question about
something else. A question post that asked an event's own question is now named by the
event.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"en": "What would you most like to see being made in a guitar workshop?",
            "de": "Was würdest du in einer Gitarrenwerkstatt am liebsten sehen?"}  # fmt: skip
NAMED = {"en": "about the open evening", "de": "zum Werkstattabend"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_question_post_is_named_by_the_event_it_asks_about(language: str) -> None:
    topics = [{"title": "Tonewoods", "short": "tonewoods" if language == "en" else "Tonhölzer",
               "kind": "theme"}]  # fmt: skip
    short = "the open evening" if language == "en" else "Werkstattabend"
    events = [{"title": "Open evening", "short": short, "date": date(2027, 3, 26),
               "question": QUESTION[language], "topics": ["Tonewoods"]}]  # fmt: skip
    strategy = make(language=language, topics=topics, events=events, channels={"instagram": {}})
    rows = asked_and_followed("reply", 6, 2, topic="Tonewoods")
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    under = [p for p in replies if QUESTION[language] in p]
    assert under
    assert all(NAMED[language] in p for p in under), under
