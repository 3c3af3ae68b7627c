"""A neighbourhood-help association owed Yusuf the answer to „seine Frage zur Versicherung
beim Fahrdienst“, and the thank-you sent it „unter einem aktuellen Beitrag“ of his about
something else (r257). The first touch with a person whose question waits goes to direct
messages, where the channel has them; later touches go under the person's posts, as a
comment does.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.people_plan import name_people
from dialogplan.places import channel_places
from tests.test_people_plan import FALK, named, plain

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"


def touches(talk: str) -> list[str]:
    strategy, calendar = plain(str(FALK))
    row = f"Yusuf Arslan,instagram,@yusuf,close,2026-10-10,,,,Student,{talk}\n"
    people = parse_contacts((HEADER + row).encode(), "contacts.csv", strategy.keep_in_touch)
    thanks = [
        e for e in named(name_people(strategy.with_people(people), calendar)) if e.move == "thank"
    ]
    return [e.place or channel_places("instagram").moves["thank"] for e in thanks]


def test_the_first_thank_you_answers_by_message() -> None:
    places = touches("seine Frage zur Versicherung beim Fahrdienst")
    assert places[0] == "dm"
    assert set(places[1:]) == {channel_places("instagram").moves["comment"]}


def test_a_thank_you_without_a_question_stays_in_public() -> None:
    assert "dm" not in touches("seine Fotos vom Stadtteilfest")
