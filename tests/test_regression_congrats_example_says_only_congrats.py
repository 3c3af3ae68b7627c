"""'… write more than “Congrats!” under each. … For example: “Congratulations! How will you
celebrate?”'.

A knife shop's reviewer (r391) read the example contradict the line before it: a bare
"Congratulations!" with a stock question is the "Congrats!" the prompt warned against. Every
example names the news it congratulates on, as a gap for the reader to fill.
"""

from __future__ import annotations

import re

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Sadie Kerrigan,facebook,https://example.com/sadie,loose,2026-11-02,,,,runs a fish stall\n"
    "Ollie Brandt,instagram,@ollie.brandt,loose,2026-10-12,,,,butcher on Elm Hill\n"
)

#: A congratulation line that opens on the cheer alone: "“Congratulations! …", "“Well done! …".
_BARE = re.compile(r"“(?:Congratulations|Well done|Lovely news|Great news)[!,–-]")


def test_a_congratulation_example_names_the_news() -> None:
    people = parse_contacts(PEOPLE.encode(), "contacts.csv")
    channels = {"facebook": {}, "instagram": {}}
    strategy = make(language="en", channels=channels, area="Norwich", months=6).with_people(people)
    warned = [e.prompt for e in build(strategy).entries
              if e.move == "congratulate" and "more than “Congrats!”" in e.prompt]  # fmt: skip
    assert len(warned) >= 2
    assert not [p for p in warned if _BARE.search(p)]
