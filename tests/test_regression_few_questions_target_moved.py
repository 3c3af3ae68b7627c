"""Four strategy writers added exactly the "about 2" questions the check asked for, and were asked
for "about 2" again (r292's, r293's, r295's and r296's): the count was an estimate, and a
question rests where it was asked. The count is now tried in a trial plan with copies of the
topic's own questions; adding that many clears the warning.
"""

from __future__ import annotations

import re

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_threads import make

QUESTIONS = [
    "What did your family try first when screen time got out of hand?",
    "Which screen-time rule has lasted longest in your home?",
    "When did your child get a phone of their own?",
    "What do you do when the tablet won't go away at bedtime?",
    "Which game do you play together instead of scrolling?",
    "Who set the screen rules in your house?",
    "What worked better for you than a ban?",
    "How do you talk to grandparents about screen time?",
    "What screen rule did you drop?",
    "Which app do you allow without asking?",
]


def _strategy(count: int) -> Strategy:
    topic = {"title": "Screen time at home", "kind": "theme", "questions": QUESTIONS[:count]}
    return make(language="en", topics=[topic], channels={"instagram": {}, "facebook": {}},
                months=3)  # fmt: skip


def test_adding_the_questions_asked_for_clears_the_warning() -> None:
    strategy = _strategy(5)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    found = re.search(r"Add (\d+) questions? to 'Screen time at home'", finding.suggestion)
    assert found, finding.suggestion
    richer = _strategy(5 + int(found[1]))
    assert not list(few_questions(richer, schedule_work(richer)))


def test_a_topic_short_of_many_questions_is_given_a_number() -> None:
    strategy = _strategy(1)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    found = re.search(r"Add (\d+) questions? to 'Screen time at home'", finding.suggestion)
    assert found, finding.suggestion
    richer = _strategy(1 + int(found[1]))
    assert not list(few_questions(richer, schedule_work(richer)))
