"""A record shop's writer added the questions the few-questions warning asked for, two of them
debates that ask about no one ("Should shops put leftovers online the same evening?"), and was
asked for more (r560 writer): such a question never goes under other people's posts, and the
numbers were tried with questions asked of people. The advice now says so, quoting them.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

DEBATE = "Should shops put Record Store Day leftovers online the same evening?"


def test_the_advice_names_a_question_that_asks_about_no_one() -> None:
    topics = [{"title": "Record Store Day", "kind": "theme", "talk": "debate",
               "questions": [DEBATE, "Which release do you still play most?"]}]  # fmt: skip
    strategy = make(language="en", topics=topics, channels={"instagram": {}, "facebook": {}})
    (finding,) = few_questions(strategy, schedule_work(strategy))
    (note,) = [line for line in finding.suggestion.splitlines() if line.startswith("Also:")]
    assert repr(DEBATE) in note
    assert "Which release" not in note


def test_an_own_topic_s_questions_are_not_quoted() -> None:
    """An own topic's questions go into the team's own posts only (r576 writer)."""
    topics = [{"title": "Record Store Day", "kind": "own", "talk": "debate",
               "questions": [DEBATE, "Which release do you still play most?"]}]  # fmt: skip
    strategy = make(language="en", topics=topics, channels={"instagram": {}, "facebook": {}})
    for finding in few_questions(strategy, schedule_work(strategy)):
        assert DEBATE not in finding.suggestion, finding.suggestion
