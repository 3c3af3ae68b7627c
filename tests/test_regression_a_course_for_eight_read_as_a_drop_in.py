"""Regression: „Komm gern vorbei: Der Käsekurs ist das nächste Mal am Samstag“ (r628).

A goat farm's cheese course, „Höchstens acht Leute, … 89 €“, was offered in a message as a
visit anyone could drop in on. Places counted out by „höchstens“, „maximal“ or "a maximum
of" are booked first, unless the details say no booking is needed.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import needs_booking


@pytest.mark.parametrize(
    ("details", "booked"),
    [
        ("Höchstens acht Leute, keine Vorkenntnisse nötig, 89 € mit Mittagessen", True),
        ("Maximal sechs Teilnehmende, Material inklusive", True),
        ("A maximum of ten people, all tools provided", True),
        ("Höchstens zehn Leute, keine Anmeldung nötig", False),
        ("Tea and cake, just turn up", False),
    ],
)
def test_places_counted_out_are_booked(details: str, booked: bool) -> None:
    assert needs_booking(details) is booked
