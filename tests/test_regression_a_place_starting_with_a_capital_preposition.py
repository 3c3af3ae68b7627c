"""Regression: „von 10 bis 13 Uhr Vor dem Stadtteiltreff“ (r411).

A neighbourhood exchange's place began with a preposition written with a capital, as a form
field invites, and its invitations carried the capital into the middle of the sentence. A
place that starts with a preposition continues the sentence in small letters.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment

EVENT = {"day": "Sa, 24. April", "days_until": 9, "at": "10–13 Uhr", "kind": "event",
         "days_left": 0, "last": "", "opens_in": 0, "running": False,
         "title": "Pflanzentausch"}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "macro", "place", "said"),
    [
        ("de", "ortsangabe(ev)", "Vor dem Stadtteiltreff", " vor dem Stadtteiltreff"),
        ("de", "ortsangabe(ev)", "Im Gemeindehaus", " im Gemeindehaus"),
        ("en", "venue(ev)", "Outside the Corn Exchange", " outside the Corn Exchange"),
        ("en", "venue(ev)", "Kettleby Village Hall", " at Kettleby Village Hall"),
    ],
)
def test_a_place_continues_the_sentence(language: str, macro: str, place: str, said: str) -> None:
    template = f'{{% import "{language}/_macros.j2" as m %}}{{{{ m.{macro} }}}}'
    assert environment().from_string(template).render(ev=EVENT | {"place": place}) == said
