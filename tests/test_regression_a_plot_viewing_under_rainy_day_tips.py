"""Regression: a garden club pointed people who named rainy-day spots to its plot viewing (r486).

Its town's noticeboard group was asked „Wohin geht ihr hier, wenn es am Wochenende regnet?“,
and the reply round said „Wo jemand mehr wissen will, weise auf die Parzellen-Sprechstunde
hin“: the thread was about the town; so was a butcher's thank-you round on a noticeboard that
pointed to its confirmation buffets (r599). The rounds under the team's question on a
noticeboard, on no topic, point to no offer; a group on a theme still may.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

VIEWING = {"title": "Parzellen-Sprechstunde", "url": "https://kgv.example.de/parzellen",
           "from": date(2027, 1, 11), "every": ["sat"], "time": "11:00"}  # fmt: skip


@pytest.mark.parametrize("move", ["reply", "thank"])
@pytest.mark.parametrize(("group", "pointed"), [("Lahnfelden sucht und findet", False),
                                                ("Gärtnern in Mittelhessen", True)])  # fmt: skip
def test_a_noticeboard_thread_points_to_no_offer(group: str, pointed: bool, move: str) -> None:
    goal = {"id": "parzellen", "text": "Freie Parzellen vergeben", "invite": [VIEWING["title"]]}
    strategy = make(goals=[goal], offers=[VIEWING], channels={"facebook-group": {}},
                    groups={"facebook-group": [group]}, area="Lahnfelden")  # fmt: skip
    here = {"channel": "facebook-group", "group": group, "topic": "", "goal": "parzellen"}
    rows = [{**here, "move": "group-ask", "start": "2027-02-03 19:00"},
            {**here, "move": move, "start": "2027-02-07 19:00", "continues": 0}]  # fmt: skip
    prompt = render(strategy, entries(strategy, rows))[-1].prompt
    assert ("Parzellen-Sprechstunde" in prompt) is pointed
