"""A story after the team's own question told "how it started" for a question about a choice.

A dance school asked „Welchen Kurs würdest du gern einmal ausprobieren?“; the story that
went back to it said to tell how it all started for the team, then quoted the question: the
reader could not tell what "it" was. A story that quotes the team's earlier question now
always tells of the answers it drew.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries, strategy_in

QUESTION = "Welchen Kurs würdest du gern einmal ausprobieren?"


def test_a_story_after_an_own_question_tells_of_the_answers() -> None:
    strategy = strategy_in("de")
    topic = strategy.topics[0].model_copy(update={"questions": (QUESTION,)})
    strategy = strategy.model_copy(update={"topics": [topic, *strategy.topics[1:]]})
    quoted = 0
    for seq in range(6):
        rows = [
            {"channel": "linkedin", "move": "ask", "start": "2027-03-01 09:00"},
            {"channel": "linkedin", "move": "story", "start": "2027-03-04 09:00",
             "continues": 0, "seq": seq},
        ]  # fmt: skip
        story = render(strategy, entries(strategy, rows))[1].prompt
        if QUESTION in story:
            quoted += 1
            assert "Antwort" in story, story
            assert "angefangen" not in story
    assert quoted >= 2
