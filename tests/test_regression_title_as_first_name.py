"""A vet's newsletter reply round wrote "whether or not Dr replied" to Dr Anna Reid.

A title without its full stop was taken for the first name; an office said with a German
name („Bürgermeisterin Claudia Reusch“) was cut down to the office. Titles are skipped as
"Dr." is; offices keep the name whole, as "Frau" does.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Dr Anna Reid", "Anna"),
        ("Reverend Tom Ashby", "Tom"),
        ("Prof Kai Lang", "Kai"),
        ("Dr Reid", "Dr Reid"),
        ("Bürgermeisterin Claudia Reusch", "Bürgermeisterin Claudia Reusch"),
        ("Pfarrer Jonas Eder", "Pfarrer Jonas Eder"),
    ],
)
def test_a_title_or_office_is_never_the_first_name(name: str, first: str) -> None:
    assert first_name(name) == first
