"""Tom's notes say "his watercolours", and the prompt said “From what you know of Tom, they
may be one of the people you're looking for. Once they've answered …” after “a recent post
of his” (r256). Where the notes say "he" or "she", the ask for a goal's people says it too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Tom Brearley,instagram,@tom,regular,2026-08-17,,,,Hobby painter who frames his own work,\n"
GOALS = [
    {"id": "kurse", "text": "Fill the workshops", "who": "hobby painters who frame their work",
     "question": "Would you like to cut your first mount with us?"},
]  # fmt: skip


def test_the_goals_ask_says_he_where_the_notes_do() -> None:
    strategy = make(language="en", channels={"instagram": {}}, goals=GOALS)
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    prompts = []
    for seq in range(8):
        for move in ("thank", "meet"):
            rows = [{"channel": "instagram", "move": move, "seq": seq, "start": "2027-03-16 09:00"}]
            entry = replace(entries(strategy, rows)[0], contact_row=2)
            prompts.append(render(strategy, [entry])[0].prompt)
    asking = [p for p in prompts if "cut your first mount" in p]
    assert asking
    assert not [p for p in asking if re.search(r"\b(they|them|they've|they'd)\b", p)], asking
