"""Regression: an organic shop's reply and thank-you rounds went back to „eurem Aufruf von
heute“ in a town group without ever saying what the call was for (r592). The reply round
says whom the team is looking for.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BOARD = "Auenburg sucht und findet"
GOALS = {
    "de": {"id": "kiste", "who": "Familien und WGs in Auenburg",
           "text": "Zwanzig neue Haushalte für die Gemüsekiste gewinnen",
           "where": [f"die Facebook-Gruppe {BOARD}"],
           "question": "Hättest du Lust, die Kiste vier Wochen auszuprobieren?"},
    "en": {"id": "kiste", "who": "families and flatshares in Auenburg",
           "text": "Find twenty new households for the veg box",
           "where": [f"the Facebook group {BOARD}"],
           "question": "Would you like to try the box for four weeks?"},
}  # fmt: skip
# The goal's count is its target, and stays out of what is said (r613).
SAID = {"de": "Gesucht: Neue Haushalte für die Gemüsekiste.",
        "en": "You're looking for new households for the veg box."}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_reply_round_says_whom_the_call_out_looks_for(language: str) -> None:
    goal = GOALS[language]
    strategy = make(language=language, goals=[goal], channels={"facebook-group": {}},
                    area="Auenburg", groups={"facebook-group": [BOARD]})  # fmt: skip
    row = {"channel": "facebook-group", "group": BOARD, "topic": "", "goal": goal["id"]}
    rows = [
        {**row, "move": "group-ask", "start": "2027-01-13 07:30", "seq": 0},
        {**row, "move": "reply", "start": "2027-01-13 19:30", "follows_up": "row0@test", "seq": 1},
    ]
    post, reply = (e.prompt for e in render(strategy, entries(strategy, rows)))
    assert SAID[language] in reply, (post, reply)
