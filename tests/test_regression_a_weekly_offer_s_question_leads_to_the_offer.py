"""Regression: after „Welcher unserer Hunde sollte dich beim ersten Schnuppergassi begleiten?“,
the reply round invited the keenest commenter for a coffee in the cat room, the day before
the next dog walk (r578). A post that asked a weekly offer's own question leads to its next
session.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Welcher unserer Hunde sollte {dich|Sie} beim ersten Schnuppergassi begleiten?"
OFFER = {"title": "Schnuppergassi am Samstag", "short": "Schnuppergassi", "every": "sat",
         "time": "10:00-11:30", "place": "am Tierheim, Sägmühlweg 12", "question": QUESTION,
         "topics": ["Gassigehen mit Tierheimhunden"]}  # fmt: skip


def test_the_reply_round_invites_to_the_next_session() -> None:
    topics = [{"title": "Gassigehen mit Tierheimhunden", "kind": "own", "short": "Gassigehen"}]
    strategy = make(language="de", topics=topics, offers=[OFFER], channels={"instagram": {}},
                    voice="wir", meet_at="bei uns im Tierheim im Katzenzimmer")  # fmt: skip
    row = {"channel": "instagram", "topic": "Gassigehen mit Tierheimhunden", "goal": "sichtbar"}
    rows = [
        {**row, "move": "story", "start": "2027-03-12 09:00", "seq": 0},
        {**row, "move": "reply", "start": "2027-03-12 18:00", "follows_up": "row0@test", "seq": 1},
    ]
    post, reply = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert "Schnuppergassi begleiten" in post, post
    assert "Katzenzimmer" not in reply, reply
    assert "Schnuppergassi ist das nächste Mal morgen" in reply, reply
