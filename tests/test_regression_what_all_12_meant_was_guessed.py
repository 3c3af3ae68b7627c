"""Writers guessed that "Add 11 questions (all 12)" meant the most a topic may have, and read
a paragraph of about 1,200 characters that said "is enough, except where it says 'all 12'"
and then "Even 12 questions do not cover every prompt" (r488, r491). The count says that 12
is the most, and the paragraph says the rest once.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_regression_more_than_six_questions_gave_no_number import OWN, _strategy

#: The advice for this topic before it was shortened, in characters.
BEFORE = 789


def test_a_filled_up_topic_is_told_twelve_is_the_most() -> None:
    strategy = _strategy(OWN, {"facebook": {}, "facebook-group": {}})
    (finding,) = few_questions(strategy, schedule_work(strategy))
    advice = finding.suggestion
    assert "10 questions (12 in all, the most a topic may have) to 'Naturnah gärtnern'" in advice
    assert "all 12" not in advice, advice
    assert "except where" not in advice, advice
    # The note on questions that never go under others' posts is a line of its own after it.
    said = advice.split("\nAlso:")[0]
    assert len(said) < BEFORE - 100, len(said)
