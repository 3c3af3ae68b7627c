"""A rugby club's under-9 coach, "admin of Brackenford RFC Minis Parents", was written to in
"Brackenford Mums and Dads" and asked whether his little one would like a taster session:
the group's name in his note shared "Brackenford" and "parents" with the goal's people, and
"Brackenford" with the other group (r385 writer). A group's name in a note says nothing of
the person, and the group the note names in full is theirs.
"""

from __future__ import annotations

import dataclasses

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = ("Owen Pritchard,facebook-group,https://example.org/owen,close,2026-11-29,,,,"
       "U9 head coach; admin of Brackenford RFC Minis Parents,\n")  # fmt: skip
GOALS = [{"id": "players", "text": "New players",
          "who": "parents of 5- to 9-year-olds in Brackenford",
          "question": "Would your little one like to come to a free taster?"}]  # fmt: skip
GROUPS = {"facebook-group": ["Brackenford Mums and Dads", "Brackenford RFC Minis Parents"]}


def test_the_coach_is_written_to_in_his_group_and_not_recruited() -> None:
    strategy = make(language="en", goals=GOALS, groups=GROUPS,
                    channels={"facebook": {}, "facebook-group": {}})  # fmt: skip
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [{"channel": "facebook-group", "move": "thank", "start": "2027-03-02 08:00",
             "topic": "", "group": "Brackenford Mums and Dads"}]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    person = Contexts(strategy, named)(0)["person"]
    assert person["fits"] is None
    assert person["group"] == "Brackenford RFC Minis Parents"
