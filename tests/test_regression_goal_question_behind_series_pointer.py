"""A repair café never asked anyone to come and repair.

Its recruiting goal invited to the monthly café (`invite: [Repair-Café April, …]`) and had
its own question („Hättest du Lust, … mitzureparieren?“). In German reply rounds the pointer to
the next café always came first, so the question was never asked in 84 entries for that
goal. Where both are due, the goal's question now comes first (every other round).
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Hättest du Lust, an einem Samstag im Monat mitzureparieren?"
EVENTS = [{"title": f"Repair-Café {month}", "date": date(2027, m, 6)}
          for m, month in ((3, "März"), (4, "April"), (5, "Mai"))]  # fmt: skip


def test_the_goal_question_is_asked_in_its_reply_rounds() -> None:
    goals = [{"id": "helfer", "text": "Neue Reparierende gewinnen",
              "who": "Leute aus der Neustadt, die gern schrauben", "question": QUESTION,
              "invite": [e["title"] for e in EVENTS]}]  # fmt: skip
    strategy = make(language="de", goals=goals, events=EVENTS, channels={"facebook": {}})
    ask = {"channel": "facebook", "move": "ask", "start": "2027-03-15 09:00", "goal": "helfer"}
    replies = [{**ask, "move": "reply", "follows": 0, "seq": n,
                "start": f"2027-03-16 1{n}:00"} for n in range(4)]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, [ask, *replies]))[1:]]
    # The week's first round is the one that points to the café: it asks the question now.
    assert QUESTION in texts[0], texts[0]
