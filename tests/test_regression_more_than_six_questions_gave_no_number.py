"""Writers were asked for "more than 6 questions" and could not tell how many were enough: a
garden club added 8 where its next question would have done, and a union branch guessed 7
or 8 (r486, r487). The trial copied the topic's questions, which addressed nobody and so fit no
comment under others' posts. It now tries questions that ask people about themselves, up to
the 12 a topic may have, and gives a number; it also says that the number holds for the
plan's present hours (r484), and what to do about a question people ask the team (r485).
"""

from __future__ import annotations

import re

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_threads import make

#: Questions on the topic that address nobody: views to argue about.
OWN = [
    "Wie viel Wildwuchs verträgt ein Kleingarten, bevor der Nachbar meckert?",
    "Gehört eine Wildblumenecke in jede Parzelle oder ist das Platzverschwendung?",
]
#: Questions that ask people about themselves, as the advice asks for.
MORE = [
    "Was hat bei {dir|Ihnen} gegen Schnecken wirklich geholfen?",
    "Welche heimische Pflanze lockt bei {dir|Ihnen} die meisten Insekten an?",
    "Wie {düngst du|düngen Sie} ohne Kunstdünger?",
    "Welche Nützlinge {hast du|haben Sie} bewusst in den Garten geholt?",
    "Was {lässt du|lassen Sie} im Beet einfach stehen?",
    "Wo in {deinem|Ihrem} Garten darf es wild bleiben?",
    "Welches Beet {hast du|haben Sie} zuletzt in eine Blumenwiese verwandelt?",
    "Was hat {dich|Sie} am naturnahen Gärtnern zuerst überrascht?",
    "Welchen Rat {würdest du|würden Sie} einem neuen Nachbarn zum Mulchen geben?",
    "Wie {sammelst du|sammeln Sie} Regenwasser?",
]


def _strategy(questions: list[str], channels: dict[str, object]) -> Strategy:
    topics = [
        {"title": "Naturnah gärtnern", "kind": "theme", "talk": "debate", "questions": questions}
    ]
    groups = {"facebook-group": ["Gärtnern am Fluss"]} if "facebook-group" in channels else {}
    return make(topics=topics, channels=channels, months=3, groups=groups)


def test_the_number_asked_for_is_given_and_is_enough() -> None:
    channels = {"facebook": {}, "instagram": {}}
    strategy = _strategy(OWN, channels)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    found = re.search(r"Add (\d+) questions? to 'Naturnah gärtnern'", finding.suggestion)
    assert found, finding.suggestion
    assert "with its present hours and channels" in finding.suggestion
    richer = _strategy([*OWN, *MORE[: int(found[1])]], channels)
    assert "'Naturnah gärtnern'" not in " ".join(
        f.suggestion for f in few_questions(richer, schedule_work(richer))
    )


def test_a_topic_twelve_questions_do_not_carry_is_told_to_fill_it_up() -> None:
    strategy = _strategy(OWN, {"facebook": {}, "facebook-group": {}})
    (finding,) = few_questions(strategy, schedule_work(strategy))
    added = "Add 10 questions (12 in all, the most a topic may have) to 'Naturnah gärtnern'"
    assert added in finding.suggestion
    assert "Even 12 questions do not cover every prompt on 'Naturnah gärtnern'" in (
        finding.suggestion
    )
    assert "more than" not in finding.suggestion
