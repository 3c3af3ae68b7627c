"""A running shop's story post said „Turn the answers to your question from Friday about niggles
and rest days into a short post“, six days later, and never quoted it (r231): the user had to
look the question up. Every story after an own question now quotes it, as German ones did.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

ASKED = "Which stretch would you never skip after a long run?"


def test_a_story_after_a_question_quotes_it_in_every_wording() -> None:
    topic = {"title": "Niggles and rest days", "kind": "theme", "questions": [ASKED]}
    strategy = make(language="en", timezone="Europe/London", topics=[topic],
                    channels={"facebook": {}}, voice="we")  # fmt: skip
    stories = []
    for seq in range(4):
        rows = [
            {"channel": "facebook", "move": "ask", "topic": "Niggles and rest days", "seq": seq,
             "start": "2027-04-02 09:00"},
            {"channel": "facebook", "move": "story", "topic": "Niggles and rest days",
             "continues": 0, "seq": seq, "start": "2027-04-08 09:00"},
        ]  # fmt: skip
        stories.append(render(strategy, entries(strategy, rows))[1].prompt)
    assert all(ASKED in story for story in stories), stories
