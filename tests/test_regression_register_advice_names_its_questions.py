"""Writers for a midwives' practice and an organ builder read "2 of their questions speak to
people as „du“ or „Sie“ only" and could not tell which questions, nor which channel said the
other; the midwives' two questions were on a topic that only „du“ channels served, and lost
nothing (r446, r447 writers).

The advice quotes the questions and names the channels that say the other form, and leaves
out questions no such channel would ask.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make

QUESTION = "Wo habt ihr als Kinder am liebsten gespielt?"
GOALS = [{"id": "eltern", "text": "Eltern erreichen"}, {"id": "team", "text": "Hebammen finden"}]


def _advice(topic_goals: list[str]) -> str:
    topic = {"title": "Erinnerungen", "kind": "theme", "questions": [QUESTION],
             "goals": topic_goals}  # fmt: skip
    channels = {"facebook": {"address": "Sie", "goals": ["eltern"]},
                "instagram": {"goals": ["eltern", "team"]}}  # fmt: skip
    strategy = make(topics=[topic], goals=GOALS, channels=channels)
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    return " ".join(f.suggestion for f in findings if f.code == "few-questions")


def test_the_advice_quotes_the_question_and_names_the_channel() -> None:
    advice = _advice(["eltern"])
    assert f"only ('{QUESTION}')" in advice
    assert "where the channel says the other (Facebook page)" in advice


def test_a_question_only_du_channels_ask_is_not_counted() -> None:
    assert "„ihr“ or „Sie“ only" not in _advice(["team"])
