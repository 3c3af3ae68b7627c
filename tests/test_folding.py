"""The one-pass folding writes exactly the bytes icalendar's own serialisation writes.

The golden files were written by this folding, so they cannot show that it agrees with
icalendar; these tests hold it to ``Event.to_ical()`` and ``Calendar.to_ical()`` directly.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event, vCategory, vDDDTypes, vText
from icalendar.parser import Contentline

from dialogplan.folding import fold, to_ical

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2027, 3, 26, 9, tzinfo=BERLIN)


def event(summary: str, description: str, uid: str = "kaffeerad.linkedin.1@dialogplan") -> Event:
    """An event shaped like the feed's, with the given texts."""
    ev = Event()
    ev["UID"] = vText(uid)
    ev["DTSTART"] = vDDDTypes(START)
    ev["DTEND"] = vDDDTypes(START + timedelta(minutes=20))
    ev["SUMMARY"] = vText(summary)
    ev["DESCRIPTION"] = vText(description)
    ev["CATEGORIES"] = vCategory(["LinkedIn", "Frage stellen"])
    return ev


def padded(text: str, at: int) -> str:
    """``text`` placed so that it starts ``at`` octets into a DESCRIPTION content line."""
    return "x" * (at - len("DESCRIPTION:")) + text


# Texts that end up right at the 74-octet fold: multi-byte characters, whose bytes must not
# be split, and escapes (\\, \, and \;), which must not be split after their backslash.
BOUNDARY_TEXTS = [
    padded(text, at)
    for text in ("ä", "ö€", "🚲", "👩‍👧", "\\", ",", ";", "\\,", "\n", "^", "a\\;b", "ß🚲ß")
    for at in range(69, 78)
]
LONG_PROMPTS = [
    "Erzähl von deinem ersten Lastenrad-Einkauf und frag, was andere erlebt haben. " * 5,
    "Größe, Gewicht; Übersetzung: 🚲🚲🚲 — was zählt für euch? " * 9,
    "\\".join(["C:\\Lastenräder", "Größen; Preise, Zubehör"] * 20),
    "🚲" * 200,
    "ä" * 200,
    "Zeile eins\nZeile zwei\n\nZeile drei, mit; allem\\ drin " * 6,
]


@pytest.mark.parametrize("text", BOUNDARY_TEXTS + LONG_PROMPTS)
def test_event_bytes_match_icalendar(text: str) -> None:
    """Long prompts with umlauts, emoji and escapes fold exactly as icalendar folds them."""
    ev = event(text[:80], text)
    assert to_ical(ev) == ev.to_ical()


def test_calendar_bytes_match_icalendar() -> None:
    """A whole calendar with several events, subcomponents included, comes out the same."""
    cal = Calendar()
    cal["PRODID"] = vText("-//dialogplan//dialogplan//EN")
    cal["VERSION"] = vText("2.0")
    cal["X-WR-CALNAME"] = vText("Kaffeerad Köln – LinkedIn " + "ü" * 60)
    for n, text in enumerate(LONG_PROMPTS):
        cal.add_component(event(text[:90], text, uid=f"kaffeerad.linkedin.{n}@dialogplan"))
    assert to_ical(cal) == cal.to_ical()


def test_short_lines_are_left_whole() -> None:
    """A line of 74 octets stays one line; one more octet folds it."""
    assert fold("x" * 74) == b"x" * 74
    assert fold("x" * 75) == b"x" * 74 + b"\r\n x"


@given(st.text(max_size=600))
@example("ä" * 38)
@example("\\" * 200)
@example("🚲" * 60 + "\\,")
@settings(max_examples=300, deadline=None)
def test_arbitrary_text_folds_like_icalendar(text: str) -> None:
    """Any text, escaped as a TEXT value or as a raw line, folds as icalendar folds it."""
    ev = event(text, text)
    assert to_ical(ev) == ev.to_ical()
    line = "DESCRIPTION:" + text.replace("\n", " ")
    assert fold(line) == Contentline(line).to_ical()  # type: ignore[no-untyped-call]
