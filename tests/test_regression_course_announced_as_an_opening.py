"""A rowing club's beginners' course was announced as a job opening.

„Stell auf Instagram eure offene Stelle „Rudern für Einsteiger ab 25“ vor: wen ihr sucht und
wie die Arbeit wirklich aussieht“: the goal „Erwachsene Anfängerinnen und Anfänger für unseren
Einsteigerkurs gewinnen“ was read as a search for people to join the team, and every offer a
seeking goal invited to became work. Beginners for a course are taking part, not sought; and
only an offer that is work (a post, a trainee place, a volunteer role) is introduced as one.
A sponsor search's target range („zwei bis drei Firmen“) stays out of the post's line.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.prompt_context import sought
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

COURSE = {"title": "Rudern für Einsteiger ab 25", "from": date(2027, 3, 1),
          "until": date(2027, 5, 15)}  # fmt: skip
SPONSOR = {"title": "Bootspatenschaft für den neuen Jugend-Doppelvierer",
           "from": date(2027, 3, 1), "until": date(2027, 5, 21)}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Erwachsene Anfängerinnen und Anfänger für unseren Einsteigerkurs gewinnen", "de", ""),
        ("Find beginners for our autumn course", "en", ""),
        (
            "Zwei bis drei Firmen aus der Region als Sponsoren gewinnen",
            "de",
            "Firmen aus der Region als Sponsoren",
        ),
        ("Find two or three local sponsors", "en", "local sponsors"),
        ("Zwei Auszubildende für August finden", "de", "zwei Auszubildende für August"),
    ],
)
def test_people_taking_part_are_not_sought(text: str, language: str, found: str) -> None:
    assert sought(text, language) == found


@pytest.mark.parametrize(
    ("goal", "offer"),
    [
        ("Erwachsene Anfängerinnen und Anfänger für unseren Einsteigerkurs gewinnen", COURSE),
        ("Zwei bis drei Firmen aus der Region als Sponsoren gewinnen", SPONSOR),
    ],
)
def test_an_offer_that_is_no_work_is_announced_as_an_offer(goal: str, offer: dict) -> None:
    goals = [{"id": "ziel", "text": goal, "invite": offer["title"]}]
    strategy = make(goals=goals, offers=[offer])
    rows = [{"channel": "instagram", "move": "announce", "start": f"2027-03-{1 + n:02d} 11:00",
             "announce": offer["title"], "seq": n} for n in range(6)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "offene Stelle" not in entry.prompt, entry.prompt
        assert "die Arbeit" not in entry.prompt, entry.prompt
