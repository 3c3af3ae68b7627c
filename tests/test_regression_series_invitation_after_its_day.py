"""An invitation to March's breakfast went out on the evening of February's, never naming it.

A village coworking space posted „Noch vier Wochen, dann ist das Dorfbüro-Frühstück“ at 18:00
on the day of the February breakfast, as if that morning had not happened. An invitation to
the next event of a series, on the day of the one before or the day after, now starts from it:
a moment and thanks to the people who came.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENTS = [
    {"title": f"Frühstück im {month}", "short": "Frühstück", "date": day, "time": "08:30-10:00"}
    for month, day in (("Februar", date(2027, 3, 5)), ("März", date(2027, 4, 2)))
]
GOALS = [{"id": "nachbarn", "text": "Nachbarn ins Dorfbüro holen",
          "invite": [e["title"] for e in EVENTS]}]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "start", "said"),
    [
        ("de", "2027-03-05 18:00", "Heute war das Frühstück"),
        ("de", "2027-03-06 18:00", "Gestern war das Frühstück"),
        ("en", "2027-03-05 18:00", "Frühstück earlier today"),
        ("en", "2027-03-06 18:00", "Frühstück yesterday"),
    ],
)
def test_the_next_invitation_starts_from_the_event_just_gone(
    language: str, start: str, said: str
) -> None:
    strategy = make(language=language, goals=GOALS, events=EVENTS, channels={"facebook": {}})
    row = {"channel": "facebook", "move": "announce", "start": start,
           "announce": "Frühstück im März", "goal": "nachbarn"}  # fmt: skip
    (entry,) = render(strategy, entries(strategy, [row]))
    assert said in entry.prompt
    assert "2." in entry.prompt or "2 April" in entry.prompt  # still the next one's day


def test_an_invitation_weeks_later_does_not_look_back() -> None:
    strategy = make(language="de", goals=GOALS, events=EVENTS, channels={"facebook": {}})
    row = {"channel": "facebook", "move": "announce", "start": "2027-03-12 18:00",
           "announce": "Frühstück im März", "goal": "nachbarn"}  # fmt: skip
    (entry,) = render(strategy, entries(strategy, [row]))
    assert "war das Frühstück" not in entry.prompt
