"""Regression: „Welche Ecke hier im Ort zeigt ihr Besuch als Erstes?“ on a noticeboard (r414).

A soapbox club looked for race marshals, and its town's noticeboard group, where people post
what they look for and offer, was asked about the town's corners three weeks before the race;
when it did ask, it said „Wir suchen gerade Genug Streckenposten“. A noticeboard hears every
other time whom the team looks for (as long as the post does not repeat itself within four
weeks), how many a goal aims at is no part of whom it seeks, and no group is told „womit Leute
am häufigsten zu euch kommen“, a line for a shop.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BOARD = "Kirchwalden und Umgebung – Schwarzes Brett"


def test_the_noticeboard_hears_whom_the_team_looks_for() -> None:
    goal = {"id": "helfer", "who": "Eltern und Nachbarn, die am Renntag mit anpacken",
            "text": "Genug Streckenposten und Helfer für den Renntag finden",
            "where": [BOARD],
            "question": "Hättest du Lust, beim Rennen an der Kurve zu stehen?"}  # fmt: skip
    strategy = make(goals=[goal], channels={"facebook-group": {}}, area="Kirchwalden",
                    groups={"facebook-group": [BOARD]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "group": BOARD, "topic": "",
         "goal": "helfer", "start": f"2027-03-{1 + 7 * n:02} 19:30", "seq": n}
        for n in range(4)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    searching = [p for p in prompts if "gerade Streckenposten und Helfer" in p]
    assert searching, prompts
    assert not [p for p in prompts if "Genug" in p or "am häufigsten zu euch" in p]
