"""A hospice shop's Facebook page was told to invite a neighbour to its vintage evening "in a
message afterwards" (r250, IMPOSSIBLE): a page cannot message anyone who never wrote to it.
On such an account the invitation waits for the person to write to the page.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENING = {"title": "Vintage evening", "short": "the vintage evening", "date": date(2027, 3, 25)}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("move", ["congratulate", "comment", "connect"])
def test_a_page_answers_rather_than_writes_first(language: str, move: str) -> None:
    strategy = make(language=language, events=[EVENING], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": move, "start": "2027-03-22 11:00", "seq": seq}
            for seq in range(2)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        if "Vintage" in prompt or "vintage" in prompt:
            assert "message afterwards" not in prompt
            assert "per Nachricht" not in prompt
            assert "message the page back" in prompt or "Nachricht an die Seite" in prompt
