"""A vintage car club's spring drive said in its details that registration closed on 18 April,
and the reply round on the 24th told people „Melde dich gern an: Die Vulkanrunde ist morgen“
(r366 writer). After the last day to sign up, nobody is invited any more; before it, people
are asked to sign up.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

DRIVE = {"title": "Frühjahrsausfahrt", "date": date(2027, 4, 25),
         "details": "Start 10 Uhr am Clubheim, Anmeldung bis 18. April"}  # fmt: skip


def test_before_the_deadline_people_are_asked_to_sign_up() -> None:
    strategy = make(events=[DRIVE], channels={"instagram": {}})
    row = {"channel": "instagram", "move": "announce", "announce": DRIVE["title"],
           "start": "2027-04-10 09:00", "topic": ""}  # fmt: skip
    assert contexts(strategy, [row])(0)["announce"].booking


def test_after_the_deadline_nobody_is_invited() -> None:
    strategy = make(events=[DRIVE], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-04-23 09:00"},
            {"channel": "instagram", "move": "reply", "follows": 0,
             "start": "2027-04-24 18:00"}]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "Melde dich" not in entry.prompt, entry.prompt
        assert "Komm gern" not in entry.prompt, entry.prompt
