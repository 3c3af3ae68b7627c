"""The check that says when a topic's questions run short for the prompts asking about it."""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogplan.findings import Severity
from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.support import PLANS, load_plan
from tests.test_render import entries
from tests.test_threads import make

ONE = ["Welche Regel zur Bildschirmzeit hält bei euch wirklich?"]
MANY = [
    "Ab wann hatte euer Kind das erste eigene Gerät?",
    "Welche Regel zur Bildschirmzeit hält bei euch wirklich?",
    "Was macht ihr, wenn das Tablet abends nicht weggelegt wird?",
    "Wie viel Bildschirmzeit habt ihr selbst am Abend?",
    "Welches Spiel spielt ihr zusammen statt am Handy?",
    "Wer hat bei euch die Regeln zur Medienzeit aufgestellt?",
    "Wie redet ihr mit den Großeltern über Medienzeit?",
    "Was hat bei euch besser geklappt als ein Verbot?",
]


def _strategy(questions: list[str]) -> Any:
    topic = {"title": "Medienzeit in der Familie", "kind": "theme", "questions": questions}
    return make(topics=[topic], channels={"instagram": {}, "facebook": {}}, months=3)


def test_a_topic_with_one_question_is_named_with_how_many_more() -> None:
    strategy = _strategy(ONE)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert finding.code == "few-questions"
    assert finding.severity is Severity.WARNING
    assert "'Medienzeit in der Familie' runs short of questions of its own" in finding.message
    assert "'Medienzeit in der Familie' (1st topic, topics[0].questions)" in finding.suggestion


def test_more_questions_leave_fewer_prompts_on_a_general_line() -> None:
    def falling_back(questions: list[str]) -> int:
        strategy = _strategy(questions)
        (finding,) = few_questions(strategy, schedule_work(strategy))
        return int(finding.message.split(": ")[1].split(" ")[0])

    assert falling_back(MANY) < falling_back(ONE) / 2


def test_topics_short_together_are_one_finding() -> None:
    topics = [
        {"title": "Medienzeit in der Familie", "kind": "theme", "questions": ONE},
        {"title": "Rituale am Abend", "kind": "theme"},
    ]
    strategy = make(topics=topics, channels={"instagram": {}, "facebook": {}}, months=3)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert finding.message.startswith("2 topics run short")
    assert "(1st topic, topics[0].questions)" in finding.suggestion
    assert "(2nd topic, topics[1].questions)" in finding.suggestion


def test_the_examples_have_questions_enough() -> None:
    for path in PLANS:
        strategy = load_plan(path)
        assert not list(few_questions(strategy, schedule_work(strategy))), path


def test_stories_about_an_event_just_gone_need_no_question() -> None:
    """They ask what people took from the event: none of them falls back on a general line."""
    topic = {"title": "Medienzeit in der Familie", "kind": "theme", "questions": ONE}
    evening = {"title": "Elternabend", "date": date(2027, 3, 10), "time": "19:00"}
    strategy = make(topics=[topic], events=[evening], channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "story", "topic": "Medienzeit in der Familie",
         "start": f"2027-03-{day} 18:00"}
        for day in (11, 12, 13, 14)
    ]  # fmt: skip
    assert not list(few_questions(strategy, entries(strategy, rows)))
