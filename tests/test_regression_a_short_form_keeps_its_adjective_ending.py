"""A photo club wrote `short: der offene Clubabend` and was told to write „offene Clubabend“,
which is no German, „because prompts put it after „zum Thema““ – about an offer, not a topic
(r364 writer). The short form without its article keeps the ending the article carried, and
an event's or offer's message says why without a topic's frame.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make


@pytest.mark.parametrize(
    ("short", "bare"),
    [("der offene Clubabend", "offener Clubabend"), ("das offene Treffen", "offenes Treffen"),
     ("die offene Werkstatt", "offene Werkstatt")],
)  # fmt: skip
def test_the_short_form_is_suggested_in_german(short: str, bare: str) -> None:
    offer = {"title": "Offener Clubabend am Dienstag", "short": short, "every": "tue"}
    with pytest.raises(StrategyError) as refused:
        make(offers=[offer])
    message = str(refused.value)
    assert f"without its article ({bare!r})" in message, message
    assert "zum Thema" not in message
