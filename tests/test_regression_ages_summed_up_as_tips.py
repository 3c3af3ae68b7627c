"""Regression: a thank-you round summed up ages as tips (r507).

A pool club asked „Mit wie viel Jahren hat dein Kind das Seepferdchen gemacht?“; the round
after it said „Nenn den Tipp, den du selbst weitergeben wirst“ and asked „Welcher Tipp hat
bei euch schon mal geholfen?“. Answers to a question of a time or a figure are numbers: the
summary says what came up most and how far apart the answers were. „Mit wie vielen Jahren
…?“ also read as a yes-or-no question.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_for
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"en": "How old was your child when they learned to swim?",
            "de": "Mit wie vielen Jahren hat dein Kind das Seepferdchen gemacht?"}  # fmt: skip
TIPS = ("Tipp", "tip")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_summary_takes_up_figures(language: str) -> None:
    topic = {"title": "Learning to swim", "kind": "theme", "talk": "problem",
             "questions": [QUESTION[language]]}  # fmt: skip
    strategy = make(language=language, topics=[topic], channels={"facebook": {}})
    thanks = []
    for n in range(4):  # each wording of the round, after the post that asked the question
        rows = [
            {"channel": "facebook", "move": "ask", "topic": "Learning to swim", "seq": 2 * n,
             "start": "2027-03-01 09:00"},
            {"channel": "facebook", "move": "thank", "topic": "Learning to swim",
             "seq": 2 * n + 1, "start": "2027-03-01 19:00", "follows_up": f"row{2 * n}@test"},
        ]  # fmt: skip
        thanks.append(render(strategy, entries(strategy, rows))[1].prompt)
    assert not [t for t in thanks if any(w in t for w in TIPS)], thanks


def test_with_how_many_years_asks_for_a_time() -> None:
    assert asks_for(QUESTION["de"], "de") == "time"
