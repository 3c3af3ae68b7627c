"""A cycle-tour operator's reply round in a Facebook group asked „Waren Sie dabei?“.

Its question to the group was about charging e-bikes on tour; three days after the team's
own information evening, the round told it to ask the members who answered whether they had
been there. They were strangers in a regional group, not the team's guests. A reply round in
a group looks back only on an event of the thread's own topic.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENING = {"title": "Infoabend", "date": date(2027, 3, 18), "time": "19:00-21:00"}
GROUPS = {"facebook-group": ["Radeln in Franken"]}


def test_a_groups_reply_round_does_not_ask_about_the_teams_evening() -> None:
    goals = [{"id": "touren", "text": "Sommertouren füllen", "invite": EVENING["title"]}]
    strategy = make(goals=goals, events=[EVENING], groups=GROUPS,
                    channels={"instagram": {}, "facebook-group": {}})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-ask", "start": "2027-03-21 09:00",
             "group": "Radeln in Franken"},
            {"channel": "facebook-group", "move": "reply", "start": "2027-03-21 19:00",
             "group": "Radeln in Franken", "follows": 0}]  # fmt: skip
    reply = render(strategy, entries(strategy, rows))[1]
    assert "Infoabend" not in reply.prompt, reply.prompt
