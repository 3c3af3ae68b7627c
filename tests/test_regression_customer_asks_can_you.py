"""Customers' questions to the team were asked back as the team's own.

A locksmith's topic listed "I've locked myself out – can you get in without damaging the
door?", and its Facebook question post ended on it, as if the shop were asking its followers.
A courier collective's „Nehmt ihr auch Kühlware mit?“ was refused by `validate` until it was
written for both registers, and then came back as „Ihr hattet gefragt: …“. The asker's own
case put to the team ("I … can you", „ich … könnt ihr“) and a question about what the team
takes or does („Nehmt ihr auch …?“) are now questions to the team: answered in its own posts,
quoted as people ask them, in any register.
"""

from __future__ import annotations

import pytest

from dialogplan.neglect import check_plan
from dialogplan.question_shapes import asks_the_team
from dialogplan.schedule import schedule_work
from tests.test_threads import make


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("I've locked myself out – can you get in without damaging the door?", "en"),
        ("Can you fit a new lock on my back door the same day?", "en"),
        ("Nehmt ihr auch Kühlware mit?", "de"),
        ("{Nehmt ihr|Nehmen Sie} auch Kühlware mit?", "de"),
        ("Ich habe mich ausgesperrt – könnt ihr die Tür ohne Schaden öffnen?", "de"),
    ],
)
def test_a_customers_question_is_asked_of_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Have you ever been locked out?", "en"),
        ("What would you do if I told you the door was open?", "en"),
        ("Habt ihr auch schon mal im Regen gestanden?", "de"),
    ],
)
def test_questions_to_readers_stay_theirs(question: str, language: str) -> None:
    assert not asks_the_team(question, language)


def test_a_customers_question_in_one_register_is_no_finding() -> None:
    topic = {"title": "Lieferungen", "kind": "theme",
             "questions": ["Nehmt ihr auch Kühlware mit?"]}  # fmt: skip
    channels = {"linkedin": {"address": "Sie"}, "instagram": {"address": "du"}}
    strategy = make(topics=[topic], channels=channels)
    found = check_plan(strategy, schedule_work(strategy))
    assert not [f for f in found if f.code == "other-register"]
