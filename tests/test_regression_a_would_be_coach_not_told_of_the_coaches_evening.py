"""Lena, who was thinking of coaching a youth team, never heard of the coaches' evening (r426).

A handball club's notes said she was a former player studying to teach sport and thinking of
coaching; the goal to find coaches named such people and invited them to an information
evening for new coaches. The note to her on the day of the evening said nothing of it. A
contact the notes make one of a goal's people is invited in person to the goal's events, as
one the notes tie to an event by name is; a contact of no goal is not.
"""

from __future__ import annotations

from datetime import date

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from dialogplan.schedule import schedule
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROWS = (
    "Lena Hofacker,instagram,@lena.hofacker,close,2026-11-28,,,,"
    "Ehemalige Spielerin der Damen; studiert Sport in Gießen,\n"
    "Uwe Brandt,instagram,@uwe.brandt,close,2026-11-28,,,,Inhaber der Bäckerei am Markt,\n"
)
GOALS = [{"id": "trainer", "text": "Neue Jugendtrainerinnen finden",
          "who": "ehemalige Spielerinnen und Studierende mit Lust auf Jugendtraining",
          "invite": ["Infoabend für neue Jugendtrainer"]}]  # fmt: skip
EVENT = {"title": "Infoabend für neue Jugendtrainer", "date": date(2027, 4, 14),
         "time": "19:30-21:00", "place": "Vereinsheim"}  # fmt: skip


def test_one_of_the_goals_people_is_invited_to_its_evening() -> None:
    strategy = make(goals=GOALS, events=[EVENT], channels={"instagram": {}}, months=3)
    strategy = strategy.with_people(parse_contacts((HEADER + ROWS).encode(), "contacts.csv"))
    named = [e for e in render(strategy, schedule(strategy)) if e.contact]
    before = [e for e in named if e.start.date() < EVENT["date"] and "Infoabend" in e.prompt]
    assert {e.contact for e in before} == {"Lena Hofacker"}, [e.prompt for e in named]
