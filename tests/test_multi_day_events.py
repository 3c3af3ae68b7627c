"""Events over several days: a sale weekend or a trade fair is one event with its days.

Invitations name all its days, work during it invites to what is still on, and looking back
counts from its last day, so a thank-you on its second day does not treat it as over.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from dialogplan.errors import StrategyError
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries, strategy_in
from tests.test_threads import make


def fair(
    language: str = "en", until: date = date(2027, 2, 12), clock: str = "10:00-17:00"
) -> Strategy:
    """The example strategy with its event (Wednesday 10 February) running until ``until``."""
    strategy = strategy_in(language)
    first = strategy.events[0].model_copy(update={"until": until, "time": clock})
    return strategy.model_copy(update={"events": [first, *strategy.events[1:]]})


def hook(strategy: Strategy, move: str, start: str) -> dict[str, object]:
    facts = contexts(strategy, [{"channel": "linkedin", "move": move, "start": start}])(0)
    return {name: facts[name] for name in ("event_soon", "event_past")}


def test_work_on_a_middle_day_invites_to_what_is_still_on() -> None:
    found = hook(fair(), "reply", "2027-02-11 18:00")
    soon = found["event_soon"]
    assert found["event_past"] is None
    assert soon is not None
    assert (soon.running, soon.days_left, soon.days) == (True, 1, 3)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("start", "days_until"),
    [("2027-02-12 18:30", 0), ("2027-02-13 10:00", -1), ("2027-02-15 10:00", -3)],
)
def test_looking_back_counts_from_the_last_day(start: str, days_until: int) -> None:
    past = hook(fair(), "thank", start)["event_past"]
    assert past is not None
    assert past.days_until == days_until  # type: ignore[attr-defined]


def test_a_thank_you_on_the_second_day_does_not_look_back() -> None:
    assert hook(fair(), "thank", "2027-02-11 18:30")["event_past"] is None


def prompt(strategy: Strategy, move: str, start: str, **row: str) -> str:
    rows = [{"channel": "linkedin", "move": move, "start": start, **row}]
    (entry,) = render(strategy, entries(strategy, rows))
    return entry.prompt


def test_an_invitation_names_every_day() -> None:
    text = prompt(fair(), "announce", "2027-01-27 09:00", announce=fair().events[0].title)
    assert "Wednesday 10 to Friday 12 February" in text
    assert "each day from 10 am to 5 pm" in text


def test_two_days_read_as_a_pair_in_german() -> None:
    strategy = fair("de", until=date(2027, 2, 11))
    text = prompt(strategy, "announce", "2027-01-27 09:00", announce=strategy.events[0].title)
    assert "am 10. und 11. Februar" in text
    assert "jeweils von 10 bis 17 Uhr" in text


@pytest.mark.parametrize(
    ("language", "words"), [("en", "still on until Saturday"), ("de", "Noch bis Samstag")]
)
def test_work_during_the_event_says_how_long_it_runs(language: str, words: str) -> None:
    strategy = fair(language, until=date(2027, 2, 13))
    assert words in prompt(strategy, "listen", "2027-02-11 09:00")


@pytest.mark.parametrize(
    ("language", "words"), [("en", "tomorrow, its last day"), ("de", "Noch morgen")]
)
def test_an_evening_after_its_hours_invites_to_the_next_day(language: str, words: str) -> None:
    """A honey stand open 10–17 on Saturday and Sunday: at 19:00 on Saturday, "today" is gone."""
    strategy = fair(language, until=date(2027, 2, 11))
    assert words in prompt(strategy, "listen", "2027-02-10 19:00")


def test_no_work_is_planned_while_the_team_is_at_it_on_any_of_its_days() -> None:
    work = schedule_work(fair(clock="17:00-20:00"))
    evenings = [
        e
        for e in work
        if date(2027, 2, 10) <= e.start.date() <= date(2027, 2, 12)
        and e.start.time() < time(20)
        and e.end.time() > time(17)
    ]
    assert work
    assert evenings == []


@pytest.mark.parametrize(
    ("until", "words"),
    [(date(2027, 4, 10), "is not after 'date'"), (date(2027, 5, 10), "is an offer")],
)
def test_an_impossible_last_day_is_refused_with_its_field(until: date, words: str) -> None:
    event = {"title": "Werkstatt-Tage", "date": date(2027, 4, 10), "until": until}
    with pytest.raises(StrategyError) as caught:
        make(events=[event])
    assert "events[0].until" in str(caught.value)
    assert words in str(caught.value)
