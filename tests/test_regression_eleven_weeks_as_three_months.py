"""A note to a contact said they were last in touch "on 4 March, three months ago" on 21 May.

Eleven weeks were rounded up to three months; a reviewer counted. Months and years are whole
ones gone by.
"""

from __future__ import annotations

import pytest

from dialogplan.dates import duration


@pytest.mark.parametrize(
    ("days", "language", "said"),
    [
        (78, "en", "over two months"),
        (78, "de", "über zwei Monaten"),
        (91, "en", "three months"),
        (730, "en", "two years"),
    ],
)
def test_months_are_whole_ones_gone_by(days: int, language: str, said: str) -> None:
    assert duration(days, language) == said
