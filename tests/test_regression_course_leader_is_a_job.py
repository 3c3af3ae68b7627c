"""A sewing café looking for „eine Kursleiterin auf Honorarbasis“ announced its call
„Kursleitung auf Honorarbasis gesucht“ as an „Angebot“ to book (r229).

A freelance teacher or leader the team is looking for is an opening like any job: its ad is
„eure Stellenanzeige“, in German as in English.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize(
    ("title", "goal"),
    [
        ("Kursleitung auf Honorarbasis gesucht",
         "Eine Kursleiterin auf Honorarbasis für Kinderkurse finden"),
        ("Übungsleiter für die Jugend", "Einen Übungsleiter finden"),
        ("Freiberufliche Dozentin gesucht", "Eine Dozentin finden"),
    ],
)  # fmt: skip
def test_a_reply_after_a_call_for_a_teacher_calls_it_a_job_ad(title: str, goal: str) -> None:
    who = "Leute, die gern unterrichten"
    strategy = make(
        goals=[{"id": "kurs", "text": goal, "who": who, "invite": title}],
        offers=[{"title": title, "from": date(2027, 3, 1), "until": date(2027, 4, 30)}],
        channels={"instagram": {}},
        voice="wir",
    )
    rows = [
        {"channel": "instagram", "move": "announce", "goal": "kurs", "announce": title,
         "start": "2027-03-16 18:00"},
        {"channel": "instagram", "move": "reply", "goal": "kurs", "follows": 0,
         "start": "2027-03-17 18:00"},
    ]  # fmt: skip
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert "Stellenanzeige" in reply
    assert "Angebot" not in reply
