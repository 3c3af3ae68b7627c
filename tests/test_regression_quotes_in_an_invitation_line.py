"""An invitation line in „…“ held the market's name in „…“ too.

A farm shop's event is the „Marktfest „Heide & Hof““; the line to send in replies read
„Komm gern vorbei: Marktfest „Heide & Hof“ am Samstag …“, quotes inside quotes. The name's
own quotation marks now become ‚…‘ there.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make


def test_the_name_s_quotes_become_single_ones_inside_the_line() -> None:
    event = {"title": "Marktfest „Heide & Hof“ in Wiesenbrück", "short": "Marktfest „Heide & Hof“",
             "date": date(2027, 5, 8), "time": "10:00-18:00"}  # fmt: skip
    strategy = make(events=[event], channels={"instagram": {}})
    rows = asked_and_answered("instagram", ["2027-05-06"])
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert "Komm gern vorbei: Marktfest ‚Heide & Hof‘" in reply, reply
    assert "„Heide & Hof“" not in reply
