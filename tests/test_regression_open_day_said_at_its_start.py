"""A reply round invited to a family open day "am Samstag, 8. Mai, um 10 Uhr".

The day ran from 10 to 13 Uhr; said at its start alone, it read as an appointment. A short
invitation in a reply now gives the whole time of an event people drop in on (three hours or
more); a talk still gets its start alone.
"""

from __future__ import annotations

from dialogplan.prompt_templates import environment


def _when(at: str, *, drop_in: bool) -> str:
    macros = environment().get_template("de/_macros.j2").module
    event = {"day": "Sa., 08.05.2027", "at": at, "days_until": 9, "last": "", "days": 1,
             "drop_in": drop_in}  # fmt: skip
    return str(macros.wann_kurz(event))  # type: ignore[attr-defined]


def test_an_open_day_gives_its_hours() -> None:
    assert _when("10–13 Uhr", drop_in=True).endswith("von 10 bis 13 Uhr")
    assert _when("18:30–20:30 Uhr", drop_in=False).endswith("um 18:30 Uhr")
