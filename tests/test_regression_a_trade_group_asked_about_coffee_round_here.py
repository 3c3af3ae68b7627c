"""A medical translator's group „Medizinübersetzer im Austausch“ was asked „Wo trinkt ihr hier
den besten Kaffee?“ (r611), a club volunteers' group which walk round here it would show a
newcomer (r602): with no topic and no question, any group was asked what people of the team's
area know. Only a group about the place is, or one of a goal whose people are of the place or
not described.
"""

from __future__ import annotations

from typing import Any

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GOAL = {"id": "netz", "text": "Ein Netzwerk unter Kolleginnen",
        "who": "Fachübersetzerinnen für Medizin und Pharma"}  # fmt: skip
LOCAL = ("Kaffee", "Besuch", "hergezogen", "verregneten Sonntag", "Was fehlt")


@pytest.mark.parametrize(
    ("group", "local"),
    [("Medizinübersetzer im Austausch", False), ("Eltern in Leipzig", True),
     ("Leipzig sucht und findet", True)],
)  # fmt: skip
def test_only_a_group_about_the_place_is_asked_about_it(group: str, local: bool) -> None:
    strategy = make(area="Leipzig", topics=["Unser Büro"], channels={"facebook-group": {}},
                    groups={"facebook-group": [group]}, goals=[GOAL])  # fmt: skip
    rows: list[dict[str, Any]] = [
        {"channel": "facebook-group", "move": "group-ask", "topic": "", "group": group,
         "goal": "netz", "start": f"2027-03-{day:02d} 08:00", "seq": day}
        for day in range(1, 9)
    ]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    asked_local = [t for t in texts if any(w in t for w in LOCAL)]
    assert bool(asked_local) is local, texts
