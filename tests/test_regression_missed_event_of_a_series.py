"""Whoever missed a monthly dance evening was offered a coffee, not the next evening.

A dance school invites its course members to an open evening every month (a goal's
`invite` list). After the February one, the newsletter told those who had missed it to come
by for a coffee before a course, though the March evening was four weeks away. After an
event of a series, the prompt now names the next one's day.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

EVENINGS = [
    {"title": "Tanzabend Februar", "date": date(2027, 2, 20), "time": "20:00-23:00"},
    {"title": "Tanzabend März", "date": date(2027, 3, 20), "time": "20:00-23:00"},
    {"title": "Tag der offenen Tür", "date": date(2027, 3, 6)},
]
GOALS = [
    {"id": "kurse", "text": "Kursleute halten", "invite": ["Tanzabend Februar", "Tanzabend März"]},
    {"id": "neu", "text": "Neue Paare", "invite": "Tag der offenen Tür"},
]


def strategy(language: str = "de") -> Strategy:
    return make(
        language=language, start=date(2027, 2, 1), months=3, goals=GOALS, events=EVENINGS,
        meet_at="bei uns in der Tanzschule auf einen Kaffee" if language == "de" else None,
    )  # fmt: skip


ROWS = [{"channel": "linkedin", "move": "ask", "start": "2027-02-23 09:00", "goal": "kurse"}]


def test_after_an_evening_of_the_series_the_next_ones_day_is_known() -> None:
    past = contexts(strategy(), ROWS)(0)["event_past"]
    assert (past.title, past.next_day) == ("Tanzabend Februar", "Sa., 20.03.")


def test_an_event_of_no_series_has_no_next_day() -> None:
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-03-08 09:00", "goal": "neu"}]
    past = contexts(strategy(), rows)(0)["event_past"]
    assert (past.title, past.next_day) == ("Tag der offenen Tür", "")


def test_whoever_missed_it_hears_of_the_next_one() -> None:
    plan = strategy()
    (entry,) = render(plan, entries(plan, ROWS))
    assert "Das nächste Mal ist am Samstag, 20. März" in entry.prompt
    assert "Kaffee" not in entry.prompt
    plan = strategy("en")
    (entry,) = render(plan, entries(plan, ROWS))
    assert "the next one is on Saturday 20 March" in entry.prompt
