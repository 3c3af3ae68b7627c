"""An orthopaedic workshop's writer found two lines validate had let through (r244):
„{wünschst du dir|wünschen Sie sich} … bei Ihren Patienten“ says „Ihren“ to the channels
that say „du“, and „den {du vorher|Sie vorher} gar nicht kanntest“ reads „Sie … kanntest“
where the team says „Sie“. Both are refused now, with the way to write them.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A page that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"linkedin": {"share": 0.6, "address": "Sie"}, "instagram": {}}


def topic(question: str) -> dict[str, object]:
    return {"title": "Füße", "kind": "theme", "questions": [question]}


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Was {wünschst du dir|wünschen Sie sich} bei Ihren Patienten?", "{deinen|Ihren}"),
        (
            (
                "Welchen Beruf {hast du|haben Sie} gelernt, den {du vorher|Sie vorher} gar nicht "
                "kanntest?"
            ),
            "„kanntest“ stands after the braces",
        ),
    ],
)
def test_a_word_of_one_register_outside_the_braces_is_refused(question: str, said: str) -> None:
    with pytest.raises(StrategyError, match=said):
        make(topics=[topic(question)], channels=BOTH)


@pytest.mark.parametrize(
    "question",
    [
        "Was {hast du|haben Sie} zuerst gemacht, als {dein|Ihr} Kind gelaufen ist?",
        "Musik oder Sport – was hat bei {dir|Ihnen} am Ende gepasst?",
        "Ihr Kind ist {dein|Ihr} Thema?",
    ],
)
def test_words_for_everyone_stay_allowed(question: str) -> None:
    assert make(topics=[topic(question)], channels=BOTH).topics[0].questions == (question,)
