"""An organ builder's taster days, offered from January to April, were announced on their
first day as „Tag der offenen Orgelwerkstatt, am Samstag, 6. März“: the open day in the
same workshop, whose name shares a word with theirs (r447).

An offer that ends leads only to an event on its last day or after it, as a sign-up does;
one that runs on past the event is not the way in to it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

OPEN_DAY = {"title": "Tag der offenen Orgelwerkstatt", "short": "offene Werkstatt",
            "date": date(2027, 3, 6), "time": "10:00-16:00",
            "place": "Mühlgasse 7, Altheim", "topics": ["Orgelbau"]}  # fmt: skip
TASTER = {"title": "Schnuppertag in der Orgelwerkstatt", "short": "Schnuppertag",
          "from": date(2027, 1, 11), "topics": ["Orgelbau"]}  # fmt: skip


def _announcement(until: date) -> str:
    strategy = make(events=[OPEN_DAY], offers=[{**TASTER, "until": until}], voice="wir",
                    channels={"facebook": {}}, topics=[{"title": "Orgelbau"}])  # fmt: skip
    rows = [{"channel": "facebook", "move": "announce", "announce": TASTER["title"],
             "start": "2027-02-15 09:00"}]  # fmt: skip
    return render(strategy, entries(strategy, rows))[0].prompt


def test_taster_days_running_past_the_open_day_do_not_announce_it() -> None:
    assert "6. März" not in _announcement(date(2027, 4, 30))


def test_a_sign_up_closing_before_the_open_day_still_names_it() -> None:
    assert "6. März" in _announcement(date(2027, 3, 1))
