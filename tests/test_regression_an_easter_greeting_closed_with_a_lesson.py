"""A solar co-op's greeting for the Easter weekend ended in "Which lesson about energy or the
weather made your class sit up?" (r548), a translator's in a debate about agencies (r546), a
yoga studio's in a workshop question (r523): a topic's question pasted into a holiday
greeting. Before a public holiday the note asks about the days themselves, unless a topic's
question is of the season.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

LESSON = "Which lesson about energy or the weather made your class sit up?"
SEASON = "Do you plant your first earlies on Good Friday, or wait for spring to settle?"


def note_before_easter(question: str) -> str:
    topic = {"title": "Energy at school", "kind": "theme", "questions": [question]}
    strategy = make(language="en", topics=[topic], region="GB-ENG", channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "away", "topic": "Energy at school",
             "start": "2027-03-25 09:00"}]  # fmt: skip
    found: str = contexts(strategy, rows)(0)["question"]
    return found


def test_a_topics_question_stays_out_of_the_easter_greeting() -> None:
    assert note_before_easter(LESSON) == ""


def test_a_question_of_the_season_may_close_it() -> None:
    assert note_before_easter(SEASON) == SEASON
