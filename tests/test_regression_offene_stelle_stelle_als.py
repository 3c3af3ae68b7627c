"""Regression: „eure offene Stelle „Stelle als Tiermedizinische Fachangestellte (m/w/d)““ (r491).

A vet's announcement of its opening said „Stelle“ twice and quoted its internal title. A title
that says „Stelle als …“ follows „offene Stelle“ as the words it is.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

JOB = {"title": "Stelle als Tiermedizinische Fachangestellte (m/w/d)",
       "url": "https://tierarzt.example.de/jobs", "from": date(2027, 1, 11)}  # fmt: skip
GOAL = {
    "id": "tfa",
    "text": "Eine Tiermedizinische Fachangestellte finden",
    "invite": [JOB["title"]],
}


def test_the_opening_is_named_once() -> None:
    strategy = make(goals=[GOAL], offers=[JOB], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "announce", "announce": JOB["title"], "goal": "tfa",
             "start": f"2027-01-{11 + n} 09:00", "seq": n} for n in range(2)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "offene Stelle als Tiermedizinische Fachangestellte" in p]
    assert not [p for p in prompts if "Stelle „Stelle" in p]
