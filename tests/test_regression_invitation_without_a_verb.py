"""A beekeepers' reply invited with „Komm gern vorbei: Honigstand am 24. und 25. April, jeweils
ab 10 Uhr.“

Where the event's short form has no article the prompts know, the invitation the team says
was a calendar label without a verb. The name is the subject, in quotes: „‚Honigstand‘ ist
am 24. und 25. April …“.
"""

from __future__ import annotations

from datetime import date

from dialogplan.prompt_templates import environment
from tests.test_prompt_context import contexts
from tests.test_threads import make


def test_the_invitation_is_a_sentence() -> None:
    event = {"title": "Honigstand auf dem Frühlingsmarkt", "short": "Honigstand am Markt",
             "date": date(2027, 4, 24), "until": date(2027, 4, 25), "time": "10:00"}  # fmt: skip
    strategy = make(events=[event])
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-04-20 09:00"}]
    soon = contexts(strategy, rows)(0)["event_soon"]
    macros = environment().get_template("de/_macros.j2").module
    line = str(macros.komm(soon, kurz=True))  # type: ignore[attr-defined]
    assert " ist am " in line or " sind am " in line, line
