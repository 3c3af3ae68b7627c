"""A tax office's reply rounds pasted the whole event block into a conversation.

„Kommen Sie gern vorbei: Der Gründer-Infoabend ist am Donnerstag, 18. März, von 18:30 bis
20:30 Uhr – Kanzlei Voss & Partner, Hammer Straße 112, Münster.“ read as copied into a reply
the firm writes itself, and a webinar was something to „come by“. A reply now gives the day
and the start, with the link for the rest, and invites to an online event to join it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.prompt_templates import environment
from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

EVENTS = [
    {"title": "Infoabend für Gründer", "short": "Gründer-Infoabend", "date": date(2027, 3, 18),
     "time": "18:30-20:30", "place": "Kanzlei Voss & Partner, Hammer Straße 112, Münster",
     "url": "https://example.org/infoabend"},
    {"title": "Webinar E-Rechnung", "short": "E-Rechnungs-Webinar", "date": date(2027, 3, 18),
     "time": "12:00-13:00", "place": "online über Zoom", "url": "https://example.org/webinar"},
]  # fmt: skip


def replies(title: str) -> list[str]:
    strategy = make(events=[e for e in EVENTS if e["title"] == title], address="Sie")
    rows = asked_and_answered("linkedin", [f"2027-03-{10 + n:02d}" for n in range(6)])
    return [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]


def test_a_reply_invites_with_day_and_start_only() -> None:
    invited = [p for p in replies("Infoabend für Gründer") if "Gründer-Infoabend ist" in p]
    assert invited
    assert not [p for p in invited if "Hammer Straße" in p or "20:30" in p]
    assert all("um 18:30 Uhr" in p for p in invited)


def test_nobody_comes_by_an_online_event() -> None:
    strategy = make(events=[EVENTS[1]], address="Sie")
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-03-15 08:00"}]
    webinar = contexts(strategy, rows)(0)["event_soon"]
    macros = environment().get_template("de/_macros.j2").module
    line = str(macros.komm(webinar, kurz=True))  # type: ignore[attr-defined]
    assert line.startswith("{Sei|Seien Sie} gern dabei: Das E-Rechnungs-Webinar ist am Donnerstag")
    assert "vorbei" not in line
