"""A men's shed's LinkedIn comment round said to tell anyone interested about the Repair Café
"in a private message": a new LinkedIn profile cannot message people it is not connected to
(r259). On LinkedIn and XING a stranger from a thread gets a connection request with a note.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Repair Café", "date": date(2027, 5, 15)}
SAID = {"en": "connection request", "de": "Kontaktanfrage"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_interest_in_a_thread_gets_a_connection_request(language: str) -> None:
    strategy = make(language=language, channels={"linkedin": {}}, events=[EVENT])
    rows = [
        {"channel": "linkedin", "move": "comment", "seq": seq, "start": "2027-05-13 09:00"}
        for seq in range(6)
    ]
    mentions = [e.prompt for e in render(strategy, entries(strategy, rows)) if "Repair" in e.prompt]
    assert mentions
    assert all(SAID[language] in p for p in mentions), mentions
