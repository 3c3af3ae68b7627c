"""A food-sharing group invited would-be volunteers to a „Schnupper-Abholung bei der Bäckerei
Hollmann“, and its reply round called the post „eure Stellenanzeige“ (r234): a taster to try
the work once is an invitation to come along, not a job ad, even for a goal that looks for
volunteers.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TASTER = {"title": "Schnupper-Abholung bei der Bäckerei Hollmann", "short": "Schnupper-Abholung",
          "from": date(2027, 3, 6), "until": date(2027, 5, 29)}  # fmt: skip
GOAL = {"id": "mitretten", "text": "Neue Ehrenamtliche für die Abholtouren gewinnen",
        "who": "Nachbarn mit ein, zwei Stunden Zeit pro Woche",
        "invite": TASTER["title"]}  # fmt: skip


def test_a_reply_after_a_taster_post_calls_it_no_job_ad() -> None:
    strategy = make(goals=[GOAL], offers=[TASTER], channels={"instagram": {}}, voice="wir")
    rows = [
        {"channel": "instagram", "move": "announce", "goal": "mitretten",
         "announce": TASTER["title"], "start": "2027-03-16 18:00"},
        {"channel": "instagram", "move": "reply", "goal": "mitretten", "follows": 0,
         "start": "2027-03-17 18:00"},
    ]  # fmt: skip
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert "Stellenanzeige" not in reply
