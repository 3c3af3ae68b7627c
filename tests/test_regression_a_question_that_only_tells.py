"""A parish council's reply round asked the reader who wrote most "Did you know the
Neighbourhood Plan can protect a green space for good?" (r333): a yes-or-no question that
tells, after which the thread had nowhere to go.

A question that tells a fact and asks only whether people knew it is never asked, and the
check says why.
"""

from __future__ import annotations

import pytest

from dialogplan.neglect import check_plan
from dialogplan.question_shapes import tells
from dialogplan.schedule import schedule_work
from tests.support import build
from tests.test_threads import make

TELLING = {
    "en": "Did you know the Neighbourhood Plan can protect a green space for good?",
    "de": "Wusstest du, dass der Bebauungsplan eine Grünfläche für immer schützen kann?",
}


@pytest.mark.parametrize(
    ("question", "language", "told"),
    [
        (TELLING["en"], "en", True),
        (TELLING["de"], "de", True),
        ("Weißt du, dass wir samstags geöffnet haben?", "de", True),
        ("Did you know anyone who worked at the mill?", "en", False),
        ("Do you know where the footpath to the church starts?", "en", False),
        ("Weißt du, wer die Bänke gestiftet hat?", "de", False),
    ],
)
def test_a_question_that_only_tells(question: str, language: str, told: bool) -> None:
    assert tells(question, language) is told


@pytest.mark.parametrize("language", ["de", "en"])
def test_it_is_never_asked_and_the_check_says_so(language: str) -> None:
    other = (
        "Which green space would you protect?"
        if language == "en"
        else "Welche Wiese würdest du schützen?"
    )
    topic = {"title": "Green spaces", "kind": "theme", "questions": [TELLING[language], other]}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}}, months=3)
    prompts = [e.prompt for e in build(strategy).entries]
    assert not [p for p in prompts if TELLING[language] in p]
    findings = check_plan(strategy, schedule_work(strategy))
    assert [f for f in findings if f.code == "telling-question"]
