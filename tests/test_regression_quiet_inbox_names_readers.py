"""A pharmacy's quiet newsletter round said "write to two people who usually reply".

The contacts file listed those readers, Gerhard and Marion, and the round left the team to
think of them. A reply round that nobody was told about now names two of its channel's own
contacts to ask when nothing has come in, in turn, never the one it writes to anyway.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Gerhard Lämmle,newsletter,,loose,2027-02-01,,,,Schreibt oft zurück\n"
    "Marion Seitz,newsletter,,loose,2027-02-01,,,,Leitet die Seniorengruppe\n"
    "Uwe Brandt,newsletter,,loose,2027-02-01,,,,Stammkunde\n"
)


def test_a_quiet_newsletter_round_names_readers_to_ask() -> None:
    strategy = make(
        channels={"newsletter": {}, "instagram": {}},
        topics=[{"title": "Reiseapotheke", "kind": "theme"}],
    )
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "kontakte.csv"))
    rounds = [e for e in build(strategy).entries if e.move == "reply" and e.channel == "newsletter"]
    quiet = [e for e in rounds if "still im Postfach" in e.prompt or "keine Mail" in e.prompt]
    assert quiet
    assert not [e.prompt for e in quiet if "Leute" in e.prompt or "Stammleser" in e.prompt]
    for entry in quiet:
        asked = [n for n in ("Gerhard Lämmle", "Marion Seitz", "Uwe Brandt") if n in entry.prompt]
        assert asked
        assert entry.prompt.count(entry.contact or "-") <= 1
    assert len({n for e in quiet for n in ("Gerhard", "Marion", "Uwe") if n in e.prompt}) == 3
