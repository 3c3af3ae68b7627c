"""Regression: a vet's questions read the wrong way round (r491).

„Ab wann ist Mundgeruch beim Hund ein Grund, in die Praxis zu kommen?“ was put to followers,
as if the vets did not know: it is a question people ask the practice. And the thank-you after
„Woran merken Sie, dass Ihr Hund Zahnschmerzen hat?“ asked „Was davon probieren Sie als Erstes
aus?“: people named signs, not tips to try.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize(
    ("question", "language"),
    [("Ab wann ist Mundgeruch beim Hund ein Grund, in die Praxis zu kommen?", "de"),
     ("When is bad breath in a dog a reason to see the vet?", "en")],
)  # fmt: skip
def test_when_something_is_a_reason_to_come_is_asked_of_the_team(
    question: str, language: str
) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("language", "question", "said"),
    [("de", "Woran merken Sie, dass Ihr Hund Zahnschmerzen hat?", "Anzeichen"),
     ("en", "How do you notice that your dog has toothache?", "signs")],
)  # fmt: skip
def test_the_thanks_after_a_question_about_signs_sum_up_signs(
    language: str, question: str, said: str
) -> None:
    topic = {"title": "Zahngesundheit", "kind": "theme", "questions": [question]}
    group = "Hunde in Hollerbeck"
    strategy = make(language=language, channels={"facebook-group": {}}, topics=[topic],
                    groups={"facebook-group": [group]}, address="Sie", voice="wir")  # fmt: skip
    row = {"channel": "facebook-group", "group": group, "topic": topic["title"]}
    rows = [
        {**row, "move": "group-ask", "start": "2027-03-05 09:00"},
        {**row, "move": "thank", "start": "2027-03-08 18:00", "follows_up": "row0@test"},
    ]
    thank = [e.prompt for e in render(strategy, entries(strategy, rows))][1]
    assert said in thank, thank
    assert "probieren" not in thank and "try first" not in thank
