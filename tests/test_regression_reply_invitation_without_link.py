"""A German reply round invited to a bookable workshop without its link.

A florist's readers were told by e-mail „Kommen Sie gern vorbei: Der Osterkranz-Workshop ist
am Donnerstag, 18. März …“, but not where to book, although the event has a URL and an e-mail
carries links. Invitations in reply rounds now carry the event's link where a reply can.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

URL = "https://blumenwerk.example/workshop-ostern"
EVENTS = [{"title": "Osterkranz-Workshop", "date": date(2027, 3, 18), "time": "18:30-21:00",
           "place": "Lange Straße 14, Wendelsloh", "url": URL}]  # fmt: skip


def test_an_e_mail_reply_invites_with_the_event_s_link() -> None:
    strategy = make(events=EVENTS, channels={"newsletter": {}})
    rows = [
        {"channel": "newsletter", "move": "ask", "start": "2027-03-15 09:00"},
        {"channel": "newsletter", "move": "reply", "start": "2027-03-16 09:00", "follows": 0},
    ]
    reply = render(strategy, entries(strategy, rows))[1]
    assert "Osterkranz-Workshop" in reply.prompt
    assert URL in reply.prompt
