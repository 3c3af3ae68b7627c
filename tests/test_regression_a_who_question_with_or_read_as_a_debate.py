"""Regression: „Wer hat euch … zum Maibaum oder zur Kirmes genommen?“ answered as a debate (r410).

A carnival club asked in a group who first took people to the maypole or the fair, and the
reply round under it said „Nimm den Punkt ernst … „Das sehen wir ähnlich. Woran hat es sich
bei dir gezeigt?““: an „oder“ anywhere in a question made it a choice between sides. A
question that asks who, what or where names no sides, whatever „oder“ it carries.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Wer hat euch als Kind zum ersten Mal mit zum Maibaum oder zur Kirmes genommen?"
GROUP = "Karneval im Rheinland"
SIDES = ("ähnlich", "Grund der Person", "überzeugt", "etwas anders")


def test_the_round_takes_up_whom_people_name() -> None:
    topic = {"title": "Brauchtum im Rheinland", "kind": "theme", "talk": "story",
             "questions": [QUESTION]}  # fmt: skip
    strategy = make(channels={"facebook-group": {}}, topics=[topic],
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-03-12 09:00",
         "topic": topic["title"], "group": GROUP},
        {"channel": "facebook-group", "move": "reply", "start": "2027-03-12 19:00",
         "topic": topic["title"], "group": GROUP, "follows": 0},
    ]  # fmt: skip
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert QUESTION in reply
    assert [word for word in SIDES if word in reply] == []
