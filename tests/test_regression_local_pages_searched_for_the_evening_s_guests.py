"""A library's page was told, after its evening for reading mentors, „Kommentiere auf anderen
Seiten eurer Gegend zwei Beiträge von Leuten, die da waren“ (r693): a neighbourhood's pages
carry the posts of clubs, schools and shops, not those of the people who came. Work on them
after an event looks for what those pages post, in German as in English.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENING = {"de": "Infoabend für Lesementoren", "en": "Evening for reading mentors"}
GUESTS = {"de": "die da waren", "en": "people who came to"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_local_pages_are_not_searched_for_the_guests(language: str) -> None:
    event = {"title": EVENING[language], "date": date(2027, 3, 3), "time": "18:00-20:00"}
    strategy = make(language=language, events=[event], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "comment", "place": "local", "topic": "", "seq": n,
             "start": f"2027-03-{4 + n:02d} 18:00"} for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if GUESTS[language] in p], prompts
