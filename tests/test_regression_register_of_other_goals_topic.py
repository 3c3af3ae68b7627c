"""A youth circus was warned that LinkedIn never asks a du-question it was never meant to ask.

The question belonged to a topic of the holiday-camp goal, which the chairwoman's LinkedIn
profile (in „Sie“) does not serve. ``other-register`` now names only channels that serve one
of a question's goals.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from tests.test_threads import make

GOALS = [{"id": "camp", "text": "Das Sommercamp füllen"}, {"id": "sponsoren", "text": "Sponsoren"}]
TOPICS = [
    {"title": "Zirkuscamp", "goals": ["camp"], "questions": ["Hättest du Lust auf Trapez?"]},
    {"title": "Zeltdach", "goals": ["sponsoren"], "questions": ["Kennst du jemanden?"]},
]


def test_other_register_counts_only_channels_that_ask_the_question() -> None:
    strategy = make(
        goals=GOALS,
        topics=TOPICS,
        address="du",
        channels={
            "instagram": {"goals": ["camp"]},
            "linkedin": {"goals": ["sponsoren"], "address": "Sie"},
        },
    )
    found = [f.message for f in check_plan(strategy, ()) if f.code == "other-register"]
    assert found == [
        (
            "topics[1].questions[0]: 'Kennst du jemanden?' says „du“ where LinkedIn says "
            "„Sie“: it is never asked there"
        )
    ]
