"""A dog school's post on its Sunday walks asked „Was hält euch bisher davon ab, das einmal
auszuprobieren?“ after a line about an info evening.

„das“ pointed to the last thing said, the info evening, not to the walks. An own subject with
a short form that takes an article is now named in the question.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WALKS = {"title": "Unsere Sonntags-Spaziergruppe", "short": "Sonntags-Spaziergruppe"}


def test_the_question_names_what_to_try() -> None:
    strategy = make(topics=[WALKS], channels={"instagram": {}}, voice="wir")
    rows = [{"channel": "instagram", "move": "ask", "topic": WALKS["title"], "seq": n,
             "start": f"2027-03-{1 + 3 * n:02d} 18:00"} for n in range(9)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("die Sonntags-Spaziergruppe einmal auszuprobieren" in p for p in prompts), prompts
    assert not [p for p in prompts if "davon ab, das einmal" in p]
