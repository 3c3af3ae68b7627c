"""A shelter's quiet post was to be livened up by tagging a dog school under it.

„Antwortet noch niemand, markier … die Hundeschule Fuldaaue in einem eigenen Kommentar
darunter“: a reviewer read tagging businesses to get the comments going as spam. The people a
reply round asks for a first answer are people, not organisations.
"""

from __future__ import annotations

from typing import Any

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROWS = [
    "Hundeschule Fuldaaue,facebook,https://example.org/hs,regular,2026-10-01,,,,Gassigehen,",
    "Jana Busch,facebook,https://example.org/jb,regular,2026-10-02,,,,Gassigehen am Samstag,",
]
TOPIC = "Gassigehen"


def test_only_people_are_asked_for_a_first_answer() -> None:
    people = parse_contacts((HEADER + "\n".join(ROWS) + "\n").encode(), "contacts.csv")
    topics = [{"title": TOPIC, "kind": "theme"}]
    strategy = make(language="de", topics=topics, channels={"facebook": {}}).with_people(people)
    ask: dict[str, Any] = {"channel": "facebook", "move": "ask", "topic": TOPIC,
                           "start": "2027-03-02 09:00"}  # fmt: skip
    replies = [{**ask, "move": "reply", "follows": 0, "seq": n,
                "start": f"2027-03-03 1{n}:00"} for n in range(6)]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, [ask, *replies]))[1:]]
    assert not [text for text in texts if "Hundeschule" in text], texts
    assert [text for text in texts if "Jana Busch" in text], texts
