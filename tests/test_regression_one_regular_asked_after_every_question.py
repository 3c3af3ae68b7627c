"""Regression: a physiotherapy practice's only contact in its town group, the group's admin,
was the one to ask for a first answer in every reply round there, seven times a quarter
(r582). Named so, a contact rests two weeks.
"""

from __future__ import annotations

import itertools

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BOARD = "Altenmühle sucht und findet"
CSV = (
    "name,channel,profile,tier,last_contact,note\n"
    f"Gabi Wendland,facebook-group,https://fb.example/gabi,close,2026-12-02,Admin von {BOARD}\n"
)


def test_the_group_s_regular_is_asked_at_most_every_two_weeks() -> None:
    strategy = make(language="de", channels={"facebook-group": {}},
                    groups={"facebook-group": [BOARD]}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv"))  # fmt: skip
    row = {"channel": "facebook-group", "group": BOARD, "topic": "", "goal": "sichtbar"}
    rows = []
    for n in range(8):
        day = f"2027-03-{1 + 3 * n:02d}"
        rows += [{**row, "move": "group-ask", "start": f"{day} 08:00", "seq": 2 * n},
                 {**row, "move": "reply", "start": f"{day} 19:00", "seq": 2 * n + 1,
                  "follows_up": f"row{2 * n}@test"}]  # fmt: skip
    rounds = [e for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    asked = [e.start.date() for e in rounds if "Gabi Wendland" in e.prompt]
    assert asked, [e.prompt for e in rounds]
    assert all((b - a).days >= 14 for a, b in itertools.pairwise(asked)), asked
