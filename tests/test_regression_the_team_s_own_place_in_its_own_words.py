"""Regression: a group house's post after its open day had the team answer those who missed
it with „Komm gern bei einer Hausführung mit Kaffee in eurer Gruppenküche vorbei“ (r588):
the team's meeting place, said by the team, had been turned to address the team itself.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Tag des offenen Hauses", "date": date(2027, 3, 20), "time": "10:00-14:00",
         "place": "Haus Kyllblick"}  # fmt: skip
MEET = "bei einer Hausführung mit Kaffee in unserer Gruppenküche in Hümmelrath"


def test_the_line_to_those_who_missed_it_keeps_our_kitchen() -> None:
    strategy = make(language="de", voice="wir", events=[EVENT], meet_at=MEET,
                    channels={"instagram": {}})  # fmt: skip
    rows = [{"channel": "instagram", "move": "ask", "topic": "", "goal": "sichtbar",
             "start": "2027-03-20 18:00", "seq": n} for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    said = [p for p in prompts if "Gruppenküche" in p]
    assert said, prompts
    assert not [p for p in said if "eurer Gruppenküche" in p], said
