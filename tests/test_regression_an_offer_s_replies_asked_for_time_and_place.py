"""A record shop announced its cleaning weeks, an offer with no time or place, and the reply
round under it said „Beantworte Rückfragen genau – Uhrzeit, Ort, Ablauf“ (r689). Replies
under an offer without a weekly time ask what it costs, how it works and what people would use
it for; nobody is asked whom they are coming with.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

WASH = {"title": "Waschwochen", "short": "Waschwochen", "from": date(2027, 3, 1),
        "until": date(2027, 3, 31), "details": "Jede Platte 3 Euro, Abgabe im Laden"}  # fmt: skip
EVENT_WORDS = ("Uhrzeit, Ort", "Mit wem", "dabei?")


def test_replies_under_an_offer_ask_about_the_offer() -> None:
    strategy = make(offers=[WASH], channels={"instagram": {}})
    days = [f"2027-03-{1 + 5 * n:02d}" for n in range(5)]
    rows = asked_and_answered("instagram", days, "09:00", "18:00", post="announce",
                              announce=WASH["title"], topic="")  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    assert not [p for p in replies if any(word in p for word in EVENT_WORDS)], replies
