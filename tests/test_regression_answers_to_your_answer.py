"""An astronomy society's own post answered a question people ask it ("How big a telescope do
I need to see the rings of Saturn?"), and the work after it read as a riddle (r243): a story
"turned the answers to your answer" into a post, a reply round said "send the question to two
people you know who'd have an answer", and a German one „beantworte die Frage darunter selbst“
(r242) – under the team's own answer.

After an answer, people added to it: stories gather what they added, and a quiet thread asks
how others do it.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

FAQ = {"en": "How big a telescope do I need to see the rings of Saturn?",
       "de": "Wie groß muss mein Teleskop sein, damit ich die Saturnringe sehe?"}  # fmt: skip


def prompts(language: str, move: str) -> list[str]:
    topic = {"title": "First telescope", "kind": "theme", "questions": [FAQ[language]]}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "ask", "start": "2027-03-22 09:00",
             "topic": "First telescope"}]  # fmt: skip
    key = "follows" if move == "reply" else "continues"
    rows += [{"channel": "facebook", "move": move, key: 0, "seq": seq, "topic": "First telescope",
              "start": f"2027-03-{23 + seq} 18:00"} for seq in range(4)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]


def test_a_story_gathers_what_people_added() -> None:
    for prompt in prompts("en", "story"):
        assert "answers to your answer" not in prompt
        assert "added under" in prompt


@pytest.mark.parametrize(
    ("language", "struck"),
    [
        ("en", ["send the question to", "add your own answer"]),
        ("de", ["beantworte die Frage darunter selbst", "kurz gesagt"]),
    ],
)
def test_a_quiet_thread_under_an_answer_asks_how_others_do_it(
    language: str, struck: list[str]
) -> None:
    replies = prompts(language, "reply")
    assert replies
    for prompt in replies:
        assert not [words for words in struck if words in prompt], prompt
