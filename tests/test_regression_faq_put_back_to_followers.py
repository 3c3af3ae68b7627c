"""A furniture restorer's first Instagram post asked its followers „How can you tell if the
frame of an old armchair is still sound?“.

The question was one people ask the restorers, written into the topic's `questions` as such;
put back to the followers, it read as if the restorers did not know. A question people ask
the team – in the asker's own "I", or "how can you tell", "do you need any experience" – is
now answered in the team's own posts, which then ask what others would add, and never put
to a group: a pottery studio's „What should I wear to a pottery class?“ went to a makers'
group to „compare notes“.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team, talk_of
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize(
    ("question", "language", "faq"),
    [
        ("How can you tell if the frame of an old armchair is still sound?", "en", True),
        ("Do you need any experience to present a show?", "en", True),
        ("How long does a reupholstery take?", "en", True),
        ("How long does your evening routine take?", "en", False),
        ("Should we open on Sundays?", "en", False),
        ("Brauche ich Vorkenntnisse für den Rückenkurs?", "de", True),
        ("Darf man im Reihenhausgarten Bienen halten?", "de", True),
        ("Wie lange dauert euer Abendritual – und wer hat es erfunden?", "de", False),
    ],
)
def test_questions_people_ask_the_team_are_told_apart(
    question: str, language: str, faq: bool
) -> None:
    assert asks_the_team(question, language) is faq
    assert not faq or talk_of(question, language) == "problem"


@pytest.mark.parametrize(
    ("language", "question", "answer"),
    [
        ("en", "How can you tell if the frame of an old armchair is still sound?", "answer"),
        ("de", "Brauche ich Vorkenntnisse für den Rückenkurs?", "Antwort"),
    ],
)
def test_an_own_post_answers_a_question_people_ask_the_team(
    language: str, question: str, answer: str
) -> None:
    topic = {"title": "Old chairs", "kind": "theme", "short": "old chairs", "questions": [question]}
    strategy = make(language=language, topics=[topic], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-03-01 11:00",
             "topic": "Old chairs"}]  # fmt: skip
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert question in prompt
    assert answer in prompt.lower() or answer in prompt
    assert not prompt.rstrip().endswith(question + "”")


def test_a_question_people_ask_the_team_is_never_put_to_a_group() -> None:
    question = "What should I wear to a pottery class?"
    topic = {"title": "Pottery for beginners", "kind": "theme", "short": "pottery for beginners",
             "questions": [question, "Which mug do you reach for first?"]}  # fmt: skip
    strategy = make(language="en", topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Bristol Makers and Crafters"]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": f"2027-03-{day:02d} 19:00",
         "topic": topic["title"], "group": "Bristol Makers and Crafters", "seq": day}
        for day in range(1, 29, 3)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if question in p]
