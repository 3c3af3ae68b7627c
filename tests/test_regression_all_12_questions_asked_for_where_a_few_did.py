"""A vet's practice was told "Add 10 questions (all 12)" and "11 questions (all 12)" for two
topics, and a boxing club "11 questions (all 12)" for its winter topic; 4 to 6 questions
cleared each (r488, r491). The trial added copies of the topic's own question: one in „Sie“
only never went to the „du“ channel, and one naming January waited for January. The trial now
adds questions of the kind the advice asks for, and that many of them clear the warning.
"""

from __future__ import annotations

import re
from typing import Any

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

TITLE = "Hundesport bei jedem Wetter"
BOTH = [f"Welche Übung {{macht dein|macht Ihr}} Hund am liebsten, Nummer {n}?" for n in range(12)]
PLANTS = "Seed swaps at the allotment"
YOURS = [f"Which seed did you swap for your plot, number {n}?" for n in range(12)]


def _german(questions: list[str]) -> Any:
    topic = {"title": TITLE, "kind": "theme", "questions": questions}
    channels = {"facebook": {}, "instagram": {"address": "du"}}
    return make(topics=[topic], address="Sie", months=3, channels=channels)


def _english(questions: list[str]) -> Any:
    topic = {"title": PLANTS, "kind": "theme", "questions": questions}
    channels = {"facebook": {}, "instagram": {}}
    return make(language="en", topics=[topic], months=3, channels=channels)


def _asked_for(strategy: Any, title: str) -> int:
    """The number of questions the warning asks for, which must be one to write."""
    (finding,) = few_questions(strategy, schedule_work(strategy))
    found = re.search(rf"Add (\d+) questions? to '{title}'", finding.suggestion)
    assert found, finding.suggestion
    return int(found[1])


def test_a_question_in_sie_only_does_not_make_the_count_all_12() -> None:
    own = ["Wie halten Sie Ihren Hund bei Regen fit?"]
    more = _asked_for(_german(own), TITLE)
    richer = _german(own + BOTH[:more])
    assert not list(few_questions(richer, schedule_work(richer)))


def test_a_question_naming_a_month_does_not_make_the_count_all_12() -> None:
    own = ["What do you sow first in January?"]
    more = _asked_for(_english(own), PLANTS)
    richer = _english(own + YOURS[:more])
    assert not list(few_questions(richer, schedule_work(richer)))
