"""A vintage car club's spring drive said in its details that registration closed on 18 April,
and the reply round on the 24th told people „Melde dich gern an: Die Vulkanrunde ist morgen“
(r366 writer). A deadline is no booking requirement: only words that say people must book
first make an event one to book.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make


def test_a_registration_deadline_does_not_ask_people_to_register() -> None:
    drive = {"title": "Frühjahrsausfahrt", "date": date(2027, 4, 25),
             "details": "Start 10 Uhr am Clubheim, Anmeldung bis 18. April"}  # fmt: skip
    strategy = make(events=[drive], channels={"instagram": {}})
    row = {"channel": "instagram", "move": "announce", "announce": drive["title"],
           "start": "2027-04-10 09:00", "topic": ""}  # fmt: skip
    assert not contexts(strategy, [row])(0)["announce"].booking
