"""Days the team does not work: public holidays of its region and declared blackouts.

The scheduler keeps them free, and the checks and the report tell followers' silence on
those days apart from neglect. The breaks they make are what ``away`` notes announce.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays
from dateutil.easter import easter

from dialogplan.strategy import Strategy


def blocked_days(strategy: Strategy) -> dict[date, str]:
    """Public holidays of the strategy's region and its declared blackouts, with their names."""
    days = dict(public_holidays(strategy))
    for blackout in strategy.blackout:
        span = (blackout.end - blackout.start).days
        reason = blackout.reason or "blackout"
        days.update((blackout.start + timedelta(days=i), reason) for i in range(span + 1))
    return days


def public_holidays(strategy: Strategy) -> Mapping[date, str]:
    """The region's public holidays in the plan, which the team keeps free.

    None for a team without a region, or one whose busy days they are (a canoe rental at
    Easter: ``open_on_holidays``).
    """
    if not strategy.region or strategy.open_on_holidays:
        return {}
    return _holidays(
        strategy.region, strategy.start.year, strategy.last_day.year, strategy.language
    )


@lru_cache(maxsize=256)
def _holidays(region: str, first_year: int, last_year: int, language: str) -> Mapping[date, str]:
    """A region's public holidays by day, named in the plan's language where the tables can.

    Built once per region, years and language: the schedule, the checks and the report all
    ask, and an agency's clients mostly share a few regions; the holiday tables take a
    millisecond or more to build each time. A German plan says „Karfreitag“, not "Good
    Friday". The language is always given: without it, the tables follow the machine's
    locale, and the same plan would read differently on another machine.
    """
    country, _, subdiv = region.partition("-")
    years = range(first_year, last_year + 1)
    table = holidays.country_holidays(country, subdiv=subdiv or None, years=years)
    supported = table.supported_languages
    names = next((code for code in _LANGUAGES[language] if code in supported), None)
    found = holidays.country_holidays(
        country, subdiv=subdiv or None, years=years, language=names or table.default_language
    )
    return MappingProxyType(dict(found))


#: The holiday tables' language codes for the plan's languages, the most fitting first.
_LANGUAGES = {"de": ("de", "de_CH", "de_AT"), "en": ("en_GB", "en_US", "en")}


def feast(first: date, last: date) -> str:
    """The feast a break of public holidays is for: "easter", "whitsun", "christmas" or "".

    A motorcycle club's note before Good Friday wished a "long weekend" and never said Easter
    (r386): the note now greets the feast people keep.
    """
    for year in {first.year, last.year}:
        sunday = easter(year)
        feasts = (
            ("easter", sunday - timedelta(days=2), sunday + timedelta(days=1)),
            ("whitsun", sunday + timedelta(days=49), sunday + timedelta(days=50)),
            ("christmas", date(year, 12, 24), date(year, 12, 26)),
        )
        for name, begins, ends in feasts:
            if first <= ends and begins <= last:
                return name
    return ""


#: Days between two holidays that may all be a weekend and still make one break of them
#: (Good Friday to Easter Monday).
_WEEKEND_JOIN = 3


@dataclass(frozen=True, slots=True)
class Break:
    """Days off in a row: a declared blackout (blackouts that touch made one), or holidays."""

    first: date
    last: date
    reason: str
    #: Public holidays the team did not declare: followers get a note before, but a
    #: "we're back" after a long weekend would make too much of it.
    holiday: bool = False


def breaks(strategy: Strategy) -> tuple[Break, ...]:
    """The plan's breaks in date order: blackouts merged where they touch, then holidays.

    Holidays joined by a weekend make one break; holidays inside or next to a blackout
    belong to it.
    """
    declared: list[Break] = []
    for blackout in sorted(strategy.blackout, key=lambda b: b.start):
        if declared and blackout.start <= declared[-1].last + timedelta(days=1):
            last = declared[-1]
            declared[-1] = Break(
                last.first, max(last.last, blackout.end), last.reason or blackout.reason
            )
        else:
            declared.append(Break(blackout.start, blackout.end, blackout.reason))
    off = public_holidays(strategy)
    declared = [_with_holidays(b, off) for b in declared]
    runs: list[Break] = []
    for day in sorted(off):
        if any(b.first - timedelta(days=1) <= day <= b.last + timedelta(days=1) for b in declared):
            continue
        if (
            runs
            and _weekend_between(runs[-1].last, day)
            and not _event_between(strategy, runs[-1].last, day)
        ):
            last = runs[-1]
            runs[-1] = Break(last.first, day, f"{last.reason}, {off[day]}", holiday=True)
        else:
            runs.append(Break(day, day, off[day], holiday=True))
    return tuple(sorted([*declared, *runs], key=lambda b: (b.first, b.last)))


def _with_holidays(declared: Break, off: Mapping[date, str]) -> Break:
    """A declared break grown by the holidays next to it, across a weekend too.

    A practice closed from Easter Tuesday was silent from Good Friday: the note after it had
    said "answer everyone since Tuesday".
    """
    first, last = declared.first, declared.last
    while (before := _holiday_next_to(first, off, -1)) is not None:
        first = before
    while (after := _holiday_next_to(last, off, 1)) is not None:
        last = after
    return Break(first, last, declared.reason)


def _holiday_next_to(day: date, off: Mapping[date, str], step: int) -> date | None:
    """The holiday a day or a weekend away from ``day`` in the direction of ``step``, or None."""
    for gap in range(1, _WEEKEND_JOIN + 2):
        near = day + timedelta(days=gap * step)
        if near in off and _weekend_between(min(day, near), max(day, near)):
            return near
    return None


def _event_between(strategy: Strategy, before: date, after: date) -> bool:
    """Whether one of the team's events runs on a day between two holidays.

    A dance school's Easter note said it answered messages again on Tuesday, with its own
    showcase on the Saturday between Good Friday and Easter Monday (r651): the weekend of
    its event is no break.
    """
    days = [before + timedelta(days=i) for i in range(1, (after - before).days)]
    return any(event.runs_on(day) for event in strategy.events for day in days)


def _weekend_between(before: date, after: date) -> bool:
    """Whether only weekend days (or none) lie between two days."""
    gap = (after - before).days
    if gap > _WEEKEND_JOIN + 1:
        return False
    return all((before + timedelta(days=i)).weekday() >= 5 for i in range(1, gap))
