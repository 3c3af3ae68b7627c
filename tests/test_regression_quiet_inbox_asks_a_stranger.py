"""A quiet newsletter round said "Ask Ruth Okonjo by e-mail what stayed with them".

A hearing clinic's contacts listed Anne Pilgrim, who replies to every issue, and Ruth Okonjo,
a care home's coordinator the team had never written to. The round named Ruth as the one to
ask for a first answer. Where some of a channel's contacts have talked with the team, the
round now asks only them.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Ruth Okonjo,newsletter,,loose,,,,,Activities coordinator at a care home\n"
    "Anne Pilgrim,newsletter,,regular,2027-02-01,,,,Replies to every issue\n"
)


def test_a_quiet_round_asks_readers_who_have_talked_with_the_team() -> None:
    strategy = make(language="en", channels={"newsletter": {}, "instagram": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rounds = [e for e in build(strategy).entries if e.move == "reply" and e.channel == "newsletter"]
    quiet = [e.prompt for e in rounds if "If nobody has written yet" in e.prompt
             or "No replies yet" in e.prompt]  # fmt: skip
    assert [p for p in quiet if "Anne Pilgrim" in p]
    assert not [p for p in quiet if "e-mail Ruth" in p or "Ask Ruth" in p]
