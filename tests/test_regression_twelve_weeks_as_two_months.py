"""A note on 24 May said "It's been two months since" a contact was last met, on 3 March (r421).

Eighty-two days are two whole months gone by and most of a third; a reviewer counted "nearly
twelve weeks". A span well past its whole months is "over" them, one a few days short of the
next is "almost" it, and whole months stay plain.
"""

from __future__ import annotations

import pytest

from dialogplan.dates import duration


@pytest.mark.parametrize(
    ("days", "language", "said"),
    [
        (82, "en", "over two months"),
        (82, "de", "über zwei Monaten"),
        (65, "en", "two months"),
        (101, "de", "über drei Monaten"),
    ],
)
def test_a_span_well_past_its_months_is_over_them(days: int, language: str, said: str) -> None:
    assert duration(days, language) == said
