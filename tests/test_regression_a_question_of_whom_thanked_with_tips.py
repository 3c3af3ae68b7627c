"""Regression: a thank-you round after "Who helped you most …?" asked for tips (r526).

A hospice association asked its carers' group „Wer hat Ihnen in der Pflege eines Angehörigen
am meisten geholfen?“ and gathered the answers with „Was davon probieren Sie als Erstes
aus?“; „Wer in Ihrer Familie weiß, was Sie sich am Lebensende wünschen?“ with „Welcher Tipp
hat bei Ihnen schon mal geholfen?“. A question of whom brings people: the round says who came
up most and asks who else comes to mind.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

QUESTION = {"en": "Who helped you most when you cared for a relative?",
            "de": "Wer hat dir in der Pflege eines Angehörigen am meisten geholfen?"}  # fmt: skip
TIPS = {"en": ("try first", "tip"), "de": ("probier", "Tipp")}
PEOPLE = {"en": "Who else", "de": "Wer fällt"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_round_asks_for_people_not_tips(language: str) -> None:
    topic = {"title": "Caring at home", "kind": "theme", "talk": "problem",
             "questions": [QUESTION[language]]}  # fmt: skip
    strategy = make(language=language, topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Carers in Wendle"]})  # fmt: skip
    prompts = []
    for turn in range(4):
        rows = asked_and_answered("facebook-group", ["2027-03-01"], post="group-ask",
                                  topic=topic["title"], group="Carers in Wendle")  # fmt: skip
        rows[1].update(move="thank", start=f"2027-03-0{3 + turn} 18:00", seq=turn)
        prompts.append(render(strategy, entries(strategy, rows))[1].prompt)
    assert not [p for p in prompts if any(t in p for t in TIPS[language])], prompts
    assert any(PEOPLE[language] in p for p in prompts), prompts
