"""A wildlife rescue's reply rounds said "If someone could use the spring supplies drive, tell
them about it" (r241): readers give to a supplies drive; they do not use it.

A drive for goods was no appeal by its name, and the pointers conversations make (``invite``)
never learnt what an appeal is. Both do now: "If someone asks how they can help, tell them
about the spring supplies drive".
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

DRIVE = {"title": "Spring supplies drive", "short": "the spring supplies drive",
         "from": date(2027, 3, 8), "until": date(2027, 4, 30)}  # fmt: skip
GOAL = {"id": "supplies", "text": "Enough towels and food for the season",
        "invite": ["Spring supplies drive"]}  # fmt: skip


def replies(strategy: Strategy) -> list[str]:
    """Three weeks of a question on the page and the reply round under it."""
    rows = asked_and_answered("facebook", ["2027-03-15", "2027-03-22", "2027-03-29"])
    return [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]


def test_a_reply_round_asks_people_to_help_not_to_use_it() -> None:
    strategy = make(language="en", goals=[GOAL], offers=[DRIVE], channels={"facebook": {}})
    prompts = replies(strategy)
    pointing = [p for p in prompts if "supplies drive" in p]
    assert pointing
    for prompt in pointing:
        assert "could use" not in prompt
        assert "help" in prompt


def test_a_german_pointer_calls_it_no_offer() -> None:
    drive = {"title": "Spendenaktion Katzenhaus", "from": date(2027, 3, 8),
             "until": date(2027, 4, 30)}  # fmt: skip
    goal = {"id": "haus", "text": "Geld für das Katzenhaus", "invite": [drive["title"]]}
    strategy = make(goals=[goal], offers=[drive], channels={"facebook": {}})
    prompts = replies(strategy)
    pointing = [p for p in prompts if "Katzenhaus" in p]
    assert pointing
    assert not any("Angebot „Spendenaktion" in p for p in pointing), pointing
