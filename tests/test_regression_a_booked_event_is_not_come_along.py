"""A bridal shop's trunk show took one-hour appointments, "booking essential", and the replies
under its invitation said "Thanks! Come along to the Elowen Rose trunk show" and "Anyone who'd
like to come along is welcome" (r355). An event or offer people must book first, by its name
or details, is offered as a place to book, in English and in German.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_render import asked_and_answered, entries, render
from tests.test_threads import make

SHOW = {
    "en": {"title": "Elowen Rose trunk show", "date": date(2027, 5, 14), "time": "10:00-17:00",
           "details": "appointments of an hour, booking essential",
           "question": "Which gown would you try first?"},
    "de": {"title": "Brautmoden-Schau", "date": date(2027, 5, 14), "time": "10:00-17:00",
           "details": "Anproben zu je einer Stunde, nur mit Anmeldung",
           "question": "Welches Kleid würdest du zuerst anprobieren?"},
}  # fmt: skip
COME = ("Come along", "come along", "Komm gern vorbei", "Kommen Sie gern vorbei")


@pytest.mark.parametrize("language", ["de", "en"])
def test_replies_under_the_invitation_offer_a_place_to_book(language: str) -> None:
    show = SHOW[language]
    strategy = make(language=language, events=[show], channels={"instagram": {}})
    days = [f"2027-04-{1 + 7 * n:02d}" for n in range(4)]
    rows = asked_and_answered("instagram", days, "09:00", "18:00", post="announce",
                              announce=show["title"], topic="")  # fmt: skip
    assert contexts(strategy, rows)(0)["announce"].booking
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    assert not [p for p in replies if any(word in p for word in COME)], replies
    if language == "de":
        assert all("Anmeldung" in p or "melde dich" in p for p in replies), replies


def test_a_pointer_in_a_conversation_offers_a_place_to_book() -> None:
    show = SHOW["en"]
    goal = {"id": "brides", "text": "Brides for 2028", "invite": [show["title"]]}
    strategy = make(language="en", goals=[goal], events=[show], channels={"facebook": {}})
    rows = asked_and_answered("facebook", [f"2027-04-{day:02d}" for day in range(5, 30)])
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    pointing = [p for p in prompts if "trunk show" in p]
    assert pointing, prompts
    assert not [p for p in pointing if any(word in p for word in COME)], pointing
