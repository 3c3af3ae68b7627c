"""A note on 1 March said a contact was last spoken to "two months ago, on 2 December".

Eighty-nine days are whole months gone by only twice, but a reviewer counted three. A span
a few days short of the next whole month is now "almost" that.
"""

from __future__ import annotations

import pytest

from dialogplan.dates import duration


@pytest.mark.parametrize(
    ("days", "language", "said"),
    [
        (89, "en", "almost three months"),
        (89, "de", "fast drei Monaten"),
        (86, "en", "almost three months"),
        (85, "en", "over two months"),
        (90, "en", "three months"),
    ],
)
def test_a_span_just_short_of_a_month_is_almost_it(days: int, language: str, said: str) -> None:
    assert duration(days, language) == said
