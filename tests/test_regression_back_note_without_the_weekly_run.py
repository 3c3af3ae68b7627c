"""A 5k's note after Easter, at eleven on a Saturday, asked "what you're picking up first",
an hour after its first run since the break (r316).

The note after a break shows this morning's run where the weekly offer met earlier that day,
and otherwise says when people can come next.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

RUN = {"title": "Free Saturday 5k in Riverside Park", "short": "the Saturday 5k",
       "every": ["sat"], "time": "09:00-10:00", "place": "by the bandstand"}  # fmt: skip


def _back(start: str, language: str = "en", offer: dict[str, object] = RUN) -> str:
    strategy = make(language=language, offers=[offer], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "back", "start": start}]
    return render(strategy, entries(strategy, rows))[0].prompt


def test_on_the_runs_day_the_note_shows_this_mornings_run() -> None:
    assert "from the Saturday 5k this morning" in _back("2027-04-10 11:00")


def test_midweek_the_note_says_when_people_can_come_again() -> None:
    prompt = _back("2027-04-07 11:00")
    assert "the Saturday 5k, Saturday 10 April at 9 am by the bandstand" in prompt


def test_a_german_note_says_when_it_meets_next() -> None:
    run = {**RUN, "title": "Lauftreff am Samstag", "short": "Lauftreff"}
    prompt = _back("2027-04-07 11:00", "de", run)
    assert "das nächste Mal am Samstag, 10. April, um 9 Uhr" in prompt
