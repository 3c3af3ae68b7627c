"""A mill association's notes said a beekeeper had „Stand mit Honig am Mühlentag“; its message
before the day asked her „bist du dabei?“, and the one after thanked her „für dein Honigstand“
(r354). Someone with a stand of their own at an event is asked what they need, as its other
helpers are, and what the team shares with her is declined after „für“.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dialogplan.contacts import parse_contacts
from dialogplan.event_people import AFTER, helps
from tests.test_render import entries, render
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = ("Carla Fromm,instagram,@bienenweide,regular,2026-11-20,,,,"
       "Stand mit Honig am Mühlentag,ihr Honigstand am Mühlentag\n")  # fmt: skip
DAY = {"title": "Deutscher Mühlentag", "short": "Mühlentag", "date": date(2027, 5, 17)}


def test_a_stallholder_helps() -> None:
    people = parse_contacts((HEADER + ROW).encode(), "contacts.csv")
    assert helps(people.people[0])
    english = HEADER + "Ann Lee,instagram,@ann,regular,,,,,has a stall at the spring fair,\n"
    assert helps(parse_contacts(english.encode(), "contacts.csv").people[0])


def test_after_the_day_she_is_thanked_for_her_stand() -> None:
    strategy = make(channels={"instagram": {}}, events=[DAY])
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "meet", "start": "2027-05-20 09:00", "topic": ""}]
    (meet,) = entries(strategy, rows)
    named = replace(meet, contact="Carla Fromm", contact_row=2, contact_reason=AFTER)
    prompt = render(strategy, [named])[0].prompt
    assert "deinen Honigstand" in prompt, prompt
    assert "dein Honigstand" not in prompt
