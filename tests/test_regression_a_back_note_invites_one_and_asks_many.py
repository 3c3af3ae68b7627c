"""Regression: „Komm gern vorbei: …“ and then „Worauf freut ihr euch?“ in one post (r414).

A soapbox club's note after its Easter break told its followers when the open workshop meets
again with a line to one person, and then asked them all a question in „ihr“. A post speaks
to all its readers: the invitation says „Kommt gern vorbei“.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WORKSHOP = {"title": "Offene Bauwerkstatt am Freitag", "short": "offene Bauwerkstatt",
            "every": ["fri"], "time": "16:00-18:30",
            "place": "in der Alten Feuerwache"}  # fmt: skip


def test_the_note_after_a_break_invites_its_readers_together() -> None:
    strategy = make(offers=[WORKSHOP], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "back", "start": "2027-04-06 18:00", "seq": n}
            for n in range(2)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    invited = [p for p in prompts if "Bauwerkstatt ist das nächste Mal" in p]
    assert invited, prompts
    assert all("„Kommt gern vorbei" in p and "„Komm gern" not in p for p in invited)
