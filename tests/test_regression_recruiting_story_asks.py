"""A midwifery practice's stories about working in its team never said it was hiring.

Seven prompts that reached midwives and teachers stopped at „Was davon überrascht euch?“,
though the goal had a ready question („Hättest du Lust, einen Nachmittag bei uns
mitzulaufen?“). Every other story of a goal that looks for someone now closes with whom the
team seeks and that question.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

QUESTION = "Hättest du Lust, einen Nachmittag bei uns in der Praxis mitzulaufen?"


def test_every_other_story_of_a_recruiting_goal_makes_the_ask() -> None:
    strategy = make(
        goals=[
            {"id": "kollegin", "text": "Eine vierte Hebamme für unser Team finden",
             "question": QUESTION},
        ],
        topics=[{"title": "Hebammenarbeit im Team", "kind": "theme", "talk": "story"}],
        channels={"instagram": {}, "facebook": {}},
    )  # fmt: skip
    stories = [e.prompt for e in build(strategy).entries if e.move == "story"]
    ask = f"gerade eine vierte Hebamme für unser Team. {QUESTION}“"
    asking = [p for p in stories if f"„Ich suche {ask}" in p or f"„Wir suchen {ask}" in p]
    assert stories
    assert 0 < len(asking) < len(stories)
