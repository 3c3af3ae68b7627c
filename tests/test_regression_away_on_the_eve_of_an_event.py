"""The note before a break, posted the evening before a rowing club's regatta, said nothing of it.

„Poste auf LinkedIn einen kurzen Hinweis auf eure Pause“ on the Friday before the regatta
weekend, whose break („Pause nach der Regatta“) starts on the Monday: a blind reviewer wanted
a regatta post with the pause in a closing line. On an event's eve and on its day, the note
before a break now starts with the event.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

URL = "https://neckarwelle.example/regatta"


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_note_before_a_break_invites_to_tomorrows_event(language: str) -> None:
    event = {"title": "Frühjahrsregatta", "date": date(2027, 5, 22), "until": date(2027, 5, 23),
             "time": "08:30-18:00", "place": "Regattastrecke, Heilbronn", "url": URL}  # fmt: skip
    blackout = [{"from": date(2027, 5, 24), "to": date(2027, 5, 28), "reason": "Pause"}]
    strategy = make(language=language, events=[event], blackout=blackout)
    rows = [{"channel": "linkedin", "move": "away", "start": "2027-05-21 12:00", "seq": 0}]
    (entry,) = render(strategy, entries(strategy, rows))
    assert "regatta" in entry.prompt.lower(), entry.prompt
