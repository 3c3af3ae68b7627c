"""„Gestern war das Trauercafé, jetzt tauchen Fotos und Erwähnungen auf“, and nothing else to do.

A hospice association's thank-you round the morning after its grief café took for granted
that guests post photos and mention the team, and had no step for when nobody did: a
reviewer marked it impossible. German rounds after an event now say "if", and thank the
guests under the team's own post of the day when nobody mentioned it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENTS = [{"title": "Trauercafé", "date": date(2027, 4, 4), "time": "15:00-17:00"}]


def test_a_round_after_an_event_has_a_step_for_no_mentions() -> None:
    strategy = make(events=EVENTS, channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "thank", "start": f"2027-04-05 {h:02d}:00",
             "place": "mentions", "seq": h} for h in range(8, 12)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "Trauercafé" in entry.prompt
        assert "tauchen Fotos" not in entry.prompt
        assert "eigenen Beitrag vom Tag" in entry.prompt
