"""A weaving shop invited the harbour market's organiser to his own market („Kommen Sie? Dann
sehen wir uns dort!“), and a stationery shop asked the woman leading its workshop how it had
been "for you" (r328, r321).

Someone the team's notes say makes an event happen (organises it, leads it, bakes for it) is
asked before it whether they need anything, and after it how it went from their side.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CSV = {
    "de": "Jens Harms,facebook,https://example.org/jens,regular,2026-11-02,"
    "Organisiert den Kunsthandwerkermarkt am Hafen,die Standvergabe für den Markt\n",
    "en": "Greta Lindqvist,facebook,https://example.org/greta,regular,2026-11-02,"
    "Leads our watercolour workshop,the watercolour workshop she is leading\n",
}
EVENTS = {
    "de": {"title": "Kunsthandwerkermarkt am Hafen", "date": date(2027, 4, 24)},
    "en": {"title": "Watercolour workshop", "date": date(2027, 4, 24)},
}


def _prompts(language: str) -> list[str]:
    strategy = make(language=language, events=[EVENTS[language]], channels={"facebook": {}})
    people = parse_contacts(
        ("name,channel,profile,tier,last_contact,note,talk_about\n" + CSV[language]).encode(),
        "contacts.csv",
    )
    strategy = strategy.with_people(people)
    rows = [{"channel": "facebook", "move": "meet", "start": f"2027-{day} 18:00", "topic": ""}
            for day in ("04-10", "04-28")]  # fmt: skip
    reasons = ("event", "event-past")
    planned = zip(entries(strategy, rows), reasons, strict=True)
    named = [dataclasses.replace(e, contact_row=2, contact_reason=why) for e, why in planned]
    return [e.prompt for e in render(strategy, named)]


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_organiser_is_asked_what_they_need_not_whether_they_come(language: str) -> None:
    before, after = _prompts(language)
    assert not any(w in before for w in ("Kommen Sie", "Kommst du", "Are you coming", "see you at"))
    assert any(w in before for w in ("noch etwas", "anything"))
    assert "for you?" not in after
    assert "erlebt" not in after
