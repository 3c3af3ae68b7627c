"""Regression: "Count the picks and say which came out on top" after "Which English expression
do you love using now that you know it?" (r656), and „Verrat euren eigenen Favoriten unter den
Antworten … „Und was ist euer Favorit?““ after „Haltbarkeit oder Form?“ (r653), and „was gibt
bei euch den Ausschlag?“ after „Welchen Weg hier in der Gegend würdet ihr jemandem zeigen?“
(r657).

An open favourite draws as many answers as people: there is nothing to count. A choice draws
picks that can be counted, and asking for the favourite again puts the question a second time.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.question_shapes import offers_choice
from dialogplan.render import render
from tests.test_render import entries, weekly_rounds
from tests.test_threads import make

COUNTED = {"en": ("Count the picks", "Most of you went for"), "de": ("Zähl die Antworten aus",)}
AGAIN = {"en": (), "de": ("Und was ist euer Favorit",)}
WEIGHED = {"en": (), "de": ("den Ausschlag",)}
OPEN = {
    "en": "Which English expression do you love using now that you know it?",
    "de": "Welches Lied singst du am liebsten mit?",
}
CHOICE = {
    "en": "Towel, hose or straight in the bath after a wet walk?",
    "de": "Was ist euch bei einem neuen Segel wichtiger – Haltbarkeit oder Form?",
}


def _thanks(language: str, question: str) -> list[str]:
    topic = {"title": "Everyday words", "kind": "theme", "talk": "taste", "questions": [question]}
    strategy = make(language=language, start=date(2027, 1, 4), months=3, topics=[topic],
                    channels={"facebook": {}})  # fmt: skip
    rows = weekly_rounds("facebook", topic["title"], "thank", date(2027, 1, 4), 8, 2,
                         place="own-comments")  # fmt: skip
    rendered = render(strategy, entries(strategy, rows))
    # A question rests a few weeks where it was asked: the rounds after the others ask none.
    thanks = [e.prompt for e in rendered if e.move == "thank" and question in e.prompt]
    assert thanks
    return thanks


@pytest.mark.parametrize("language", ["en", "de"])
def test_only_a_choice_is_counted(language: str) -> None:
    assert offers_choice(CHOICE[language], language)
    assert not offers_choice(OPEN[language], language)
    for prompt in _thanks(language, OPEN[language]):
        assert not any(line in prompt for line in COUNTED[language] + WEIGHED[language]), prompt
    for prompt in _thanks(language, CHOICE[language]):
        assert not any(line in prompt for line in AGAIN[language]), prompt
