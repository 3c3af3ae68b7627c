"""A bakery's comment round sent interested strangers a message about its bake-along on the
day its booking closed, without a word of it (r610). On the last day to sign up, the message
the prompt suggests says so.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

DETAILS = {"en": "£25, book by 13 March", "de": "25 Euro, Anmeldung bis 13. März"}
SAID = {"en": "booking closes today", "de": "die Anmeldung läuft nur noch heute"}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("day", "said"), [(13, True), (12, False)])
def test_the_last_day_to_book_is_said(language: str, day: int, said: bool) -> None:
    events = [{"title": "Bake-along", "date": date(2027, 3, 18), "time": "10:00-13:00",
               "place": "Millgate Bakehouse", "details": DETAILS[language]}]  # fmt: skip
    strategy = make(language=language, events=events, channels={"instagram": {}})
    rows: list[dict[str, Any]] = [
        {"channel": "instagram", "move": "comment", "topic": "", "seq": seq,
         "start": f"2027-03-{day} 08:00"} for seq in range(4)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    inviting = [p for p in prompts if "Bake-along" in p or "bake-along" in p]
    assert inviting, prompts
    assert all((SAID[language] in p) is said for p in inviting), inviting
