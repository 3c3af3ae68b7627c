"""A shooting club's note after a break told everyone its work day was on Saturday, with time,
place and link, and the prompt figures still listed the work day among the events no post
invites to (r358 writer). A note before or after a break that gives an event's day invites
to it as an own post does.
"""

from __future__ import annotations

from datetime import date

from dialogplan.announcements import event_windows, public_invitations
from tests.test_render import entries, render
from tests.test_threads import make

WORK_DAY = {"title": "Arbeitseinsatz am Schützenplatz", "short": "Arbeitseinsatz",
            "date": date(2027, 5, 22), "time": "09:00-13:00", "place": "Schützenplatz",
            "url": "https://schuetzen.example/mitmachen"}  # fmt: skip


def test_a_note_after_a_break_counts_as_an_invitation() -> None:
    strategy = make(events=[WORK_DAY], channels={"facebook": {}},
                    blackout=[{"from": date(2027, 5, 10), "to": date(2027, 5, 16)}])  # fmt: skip
    rows = [{"channel": "facebook", "move": "back", "start": "2027-05-18 17:30", "topic": ""}]
    rendered = render(strategy, entries(strategy, rows))
    assert "22. Mai" in rendered[0].prompt, rendered[0].prompt
    counts = public_invitations(event_windows(strategy), rendered)
    assert counts[WORK_DAY["title"]] == 1
