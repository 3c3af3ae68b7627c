"""Offers that meet every week: a run club on Thursdays, an open sewing evening.

A running shop's reviewer found replies half an hour before its own Thursday run and
invitations with a bare link where "tomorrow at 6:30 pm from the shop" was the next step
(r231); a sewing café's wanted its Thursday evening as a dated invitation (r229).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from dialogplan.calendar_hooks import Announcements
from dialogplan.errors import StrategyError
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.support import build
from tests.test_render import entries
from tests.test_threads import make

CLUB = {"title": "Thursday run club", "short": "the Thursday run club", "from": date(2027, 3, 1),
        "every": "thu", "time": "18:30-19:30",
        "place": "from the shop, 14 Sheep Street"}  # fmt: skip


def club(language: str = "en", **changes: object) -> dict[str, object]:
    return {**CLUB, **changes} | ({"short": "Lauftreff"} if language == "de" else {})


def test_a_weekday_may_be_written_out() -> None:
    strategy = make(offers=[club(every=["Tuesday", "thu"])])
    assert strategy.offers[0].every == ("tue", "thu")


@pytest.mark.parametrize("field", ["time", "place"])
def test_a_time_or_place_needs_its_weekdays(field: str) -> None:
    offer = {k: v for k, v in CLUB.items() if k != "every"}
    with pytest.raises(StrategyError, match=f"'{field}' needs 'every'"):
        make(offers=[{k: v for k, v in offer.items() if k in ("title", field)}])


def test_no_work_is_planned_while_the_team_is_at_it() -> None:
    strategy = make(
        language="en", timezone="Europe/London", offers=[club()],
        channels={"instagram": {"windows": ["18:00-21:00"]}}, hours_per_week=4,
    )  # fmt: skip
    thursdays = [e for e in schedule_work(strategy) if e.start.weekday() == 3]
    assert thursdays
    # The run from 18:30 to 19:30, and the hours before and after it.
    busy = [e for e in thursdays if e.end.time() > time(17, 30) and e.start.time() < time(20, 30)]
    assert not busy


@pytest.mark.parametrize(
    ("now", "days", "weekday"),
    [
        (datetime(2027, 3, 3, 18, 0), 1, "Thursday"),  # Wednesday
        (datetime(2027, 3, 4, 9, 0), 0, "Thursday"),  # Thursday morning
        (datetime(2027, 3, 4, 20, 45), 7, "Thursday"),  # after the run
    ],
)
def test_an_announcement_knows_the_next_time(now: datetime, days: int, weekday: str) -> None:
    strategy = make(language="en", timezone="Europe/London", offers=[club()])
    found = Announcements(strategy, str)._current("Thursday run club", now)
    assert found is not None
    assert (found.session_in, found.session_weekday, found.evening) == (days, weekday, True)
    assert found.at == "6:30 pm"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "every Thursday at 6:30 pm from the shop, 14 Sheep Street"),
        ("de", "jeden Donnerstag um 18:30 Uhr ab dem Laden, Sheep Street 14"),
    ],
)
def test_its_announcement_says_when_and_where(language: str, said: str) -> None:
    place = "ab dem Laden, Sheep Street 14" if language == "de" else CLUB["place"]
    strategy = make(language=language, offers=[club(language, place=place)],
                    channels={"facebook": {}})  # fmt: skip
    rows = [{"channel": "facebook", "move": "announce", "announce": "Thursday run club",
             "seq": seq, "start": "2027-03-02 09:00"} for seq in range(4)]  # fmt: skip
    prompts = [render(strategy, entries(strategy, [row]))[0].prompt for row in rows]
    assert all(said in prompt for prompt in prompts), prompts


def test_pointers_to_it_say_the_next_time() -> None:
    goal = {
        "id": "club",
        "text": "More runners for the club",
        "who": "people getting back into running",
        "invite": "Thursday run club",
    }
    strategy = make(language="en", timezone="Europe/London", goals=[goal], offers=[club()],
                    channels={"facebook": {}}, hours_per_week=3)  # fmt: skip
    built = build(strategy)
    pointed = [e for e in built.entries if "Thursday run club (next: " in e.prompt]
    assert pointed
    for entry in pointed:
        ahead = (3 - entry.start.weekday()) % 7
        gone = ahead == 0 and entry.start.time() >= time(18, 30)
        ahead = 7 if gone else ahead
        thursday = entry.start.date() + timedelta(days=ahead)
        when = {0: "tonight", 1: "tomorrow"}.get(ahead, f"Thursday {thursday:%-d %B}")
        assert f"(next: {when} at 6:30 pm from the shop, 14 Sheep Street)" in entry.prompt
