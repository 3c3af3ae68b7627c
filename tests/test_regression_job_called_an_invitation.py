"""A toy shop's reply round went back to „eurer Einladung von gestern zum Angebot „Aushilfe im
Laden gesucht““, and pointed keen commenters to „euer Angebot „Stelle als Aushilfe““.

An opening is no invitation and no offer to book: in German it is the team's job ad
(„Stellenanzeige“) now, as in English it is "your post about" it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

JOB = {"title": "Aushilfe im Laden gesucht", "from": date(2027, 3, 1), "until": date(2027, 5, 31)}
GOAL = {"id": "team", "text": "Eine Aushilfe finden", "who": "Leute, die gern im Laden stehen",
        "invite": "Aushilfe im Laden gesucht"}  # fmt: skip


def test_a_reply_after_a_job_post_calls_it_a_job_ad() -> None:
    strategy = make(goals=[GOAL], offers=[JOB], channels={"instagram": {}}, voice="wir")
    rows = [
        {"channel": "instagram", "move": "announce", "goal": "team",
         "announce": "Aushilfe im Laden gesucht", "start": "2027-03-16 18:00"},
        {"channel": "instagram", "move": "reply", "goal": "team", "follows": 0,
         "start": "2027-03-17 18:00"},
    ]  # fmt: skip
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert "Stellenanzeige" in reply
    assert "Einladung" not in reply
    assert "Angebot „Aushilfe" not in reply
