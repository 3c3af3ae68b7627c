"""A beekeepers' club summed up „Lohnt sich eine Blühwiese auch auf ein paar Quadratmetern?“
by asking the group for its favourite.

The garden topic is one of tastes, and the thank-you round after the question followed the
topic: „Verrat zum Schluss euren eigenen Favoriten … „Und was ist euer Favorit?““. A yes-or-no
question is answered by taking a side; the round after it now follows the question's wording.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of
from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Lohnt sich eine Blühwiese auch auf ein paar Quadratmetern?"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (QUESTION, "de"),
        ("Reicht ein Balkon für ein Wildbienenhotel?", "de"),
        ("Is an escape room too hard for complete beginners?", "en"),
        ("Does it pay to keep a second supplier?", "en"),
    ],
)
def test_a_yes_or_no_question_asks_for_a_side(question: str, language: str) -> None:
    assert talk_of(question, language) == "debate"


def test_the_thank_you_round_after_it_sums_up_sides() -> None:
    topic = {"title": "Bienenfreundlicher Garten", "kind": "theme", "talk": "taste",
             "questions": [QUESTION]}  # fmt: skip
    strategy = make(topics=[topic], channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-04-21 19:00",
         "topic": topic["title"]},
        {"channel": "instagram", "move": "thank", "start": "2027-04-24 19:00",
         "topic": topic["title"], "continues": 0},
    ]  # fmt: skip
    assert contexts(strategy, rows)(1)["topic_talk"] == "debate"
