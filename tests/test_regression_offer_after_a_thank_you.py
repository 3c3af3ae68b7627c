"""A thank-you in a traders' group ended „If a question needs more than a reply, offer show
sponsorship for local businesses“.

A thank-you answers no question, so the line read as a non sequitur, and as a sales drop. In
a thank-you the pointer to an offer now waits for the conversation to turn that way; a reply
round, where people do ask, may still offer help with a question.
"""

from __future__ import annotations

from datetime import date, timedelta

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

OFFER = {"title": "Show sponsorship", "short": "show sponsorship for local businesses",
         "from": date(2027, 3, 1), "until": date(2027, 8, 31)}  # fmt: skip
GOALS = [{"id": "sponsors", "text": "Find sponsors", "invite": "Show sponsorship"}]


def pointers(move: str) -> list[str]:
    strategy = make(language="en", goals=GOALS, offers=[OFFER], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Brackenholme Traders"]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": move, "group": "Brackenholme Traders",
         "start": f"{day} 19:00", "topic": "Nachfolge", "seq": week}
        for week, day in enumerate(date(2027, 3, 1) + timedelta(weeks=n) for n in range(12))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    return [p for p in prompts if "show sponsorship" in p]


def test_a_thank_you_never_offers_the_offer_as_an_answer() -> None:
    found = pointers("thank")
    assert found
    assert not [p for p in found if "needs more than a reply" in p]
