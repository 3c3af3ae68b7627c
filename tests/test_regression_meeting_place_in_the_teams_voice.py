"""A cycle-tour operator's meeting prompt said „bleibt ein Treffen bei uns im Laden“.

The team wrote its meeting place as it would say it to people („bei uns im Laden in der
Kettenbrückstraße auf einen Kaffee“); pasted into an instruction that said „ihr“ and „euch“
everywhere else, „bei uns“ read as a seam. A place in the team's voice now goes into the line
the person sends.
"""

from __future__ import annotations

from datetime import date

from tests.test_meet_next import meetings

EVENING = {"title": "Einführungsabend", "date": date(2027, 3, 18), "time": "19:00-21:00"}
PLACE = "bei uns im Laden in der Kettenbrückstraße auf einen Kaffee"


def test_the_teams_place_is_said_in_the_line_it_sends() -> None:
    for prompt in meetings(events=[EVENING], meet_at=PLACE):
        assert f"Treffen {PLACE}" not in prompt, prompt
        assert f"„Sonst komm gern {PLACE} vorbei.“" in prompt or (
            f"komm dann {PLACE} vorbei.“" in prompt
        ), prompt
