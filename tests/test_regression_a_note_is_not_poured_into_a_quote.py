"""A boatbuilding charity's thank-you asked Bev, in the team's voice, “And what's happened with
the cakes for last year's open day since we last spoke?” (r353, and a bridal shop's r355):
the team's note on what it shares with someone, poured into a fixed question, read as neither
the team's words nor theirs. The note is named as the subject to come back to, and the
question is left to the team.
"""

from __future__ import annotations

from dataclasses import replace

from dialogplan.contacts import parse_contacts
from tests.test_render import entries, render
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Bev Aldous,instagram,@bev.bakes,regular,2026-11-20,,,,,the cakes for last year's open day\n"


def test_the_subject_is_named_not_quoted() -> None:
    strategy = make(language="en", channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    prompts = []
    for seq in range(4):
        rows = [{"channel": "instagram", "move": "thank", "start": "2027-03-15 09:00",
                 "seq": seq, "topic": ""}]  # fmt: skip
        (thank,) = entries(strategy, rows)
        prompts.append(render(strategy, [replace(thank, contact_row=2)])[0].prompt)
    named = [p for p in prompts if "the cakes for last year's open day" in p]
    assert named, prompts
    assert not [p for p in named if "since we last spoke" in p or "open day since" in p], named
    assert not [p for p in named if "with the cakes for last year's open day?”" in p], named
