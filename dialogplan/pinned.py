"""Entries pinned to a day: the monthly review, and the notes around a break.

Once a month the team looks back at what started conversations: a short ``review`` on the
last open day of the month (or the nearest earlier one) of the channel with the most weekly
minutes. Before a blackout, or a long weekend of public holidays, a channel whose followers
would otherwise wait longer than they tolerate gets a short ``away`` note ("back on …") on
its last open day before the break, and after a blackout a ``back`` round on its first open
day.

Whether a break needs them is estimated, simply and deterministically: the open days the
channel loses around the blackout, plus the typical spacing of its visible work (a week's
minutes spent on 20-minute moves), against its longest tolerable silence. The scheduler
places pinned entries first in their week, so the budget has room for them; if none of a
pin's days has a free window, the pin is dropped. Where the estimate was wrong, and the
plan left a channel silent longer than it tolerates around a break, the plan is made again
with the notes (:func:`dialogplan.schedule.schedule_work`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dialogplan.catalogue import WEEKDAYS
from dialogplan.channel_state import ChannelState
from dialogplan.closed_days import Break, breaks
from dialogplan.dates import days, monday, months
from dialogplan.places import channel_places
from dialogplan.strategy import Strategy

#: Months of the horizon shorter than this many days get no review.
MIN_DAYS_FOR_A_REVIEW = 14
#: Minutes of a typical visible move, to estimate how far apart a channel's visible work is.
TYPICAL_MINUTES = 20
#: An ``away`` note this many days before a declared silence says the break ahead.
AWAY_SAID = timedelta(days=3)
#: The fewest of a channel's days a declared break (False) or a run of public holidays (True)
#: takes for it to need a note: one holiday is a long weekend, which followers expect, on
#: X or Bluesky too: a translator's Bluesky, kept an hour a week, said four times in a
#: quarter that it would be away, and asked three questions.
DAYS_WORTH_A_NOTE = {False: 1, True: 2}
#: The order pinned entries take in their week: visible notes first.
_PRIORITY = {"away": 0, "back": 1, "review": 2}

#: ``is_open(channel, day)``: whether the channel works on that day of the horizon.
OpenCheck = Callable[[ChannelState, date], bool]


@dataclass(frozen=True, slots=True)
class Pin:
    """An entry to plan on one of ``days`` (best first, all in one week), if any has room."""

    channel: str
    move: str
    days: tuple[date, ...]


#: A channel and the first day of a break it needs notes around, whatever the estimate says.
Quiet = frozenset[tuple[str, date]]


def pins(
    strategy: Strategy,
    channels: Sequence[ChannelState],
    is_open: OpenCheck,
    quiet: Quiet = frozenset(),
) -> dict[date, list[Pin]]:
    """Every pinned entry of the plan, by the Monday of its week, in the order to place them.

    ``quiet`` names the breaks a plan made without their notes turned out silent around.
    """
    order = {ch.name: ch.order for ch in channels}
    found = {*_reviews(strategy, channels, is_open), *_breaks(strategy, channels, is_open, quiet)}
    by_week: dict[date, list[Pin]] = {}
    for pin in sorted(
        found, key=lambda p: (_PRIORITY[p.move], p.days[0], order[p.channel], p.days)
    ):
        by_week.setdefault(monday(pin.days[0]), []).append(pin)
    return by_week


def _reviews(
    strategy: Strategy, channels: Sequence[ChannelState], is_open: OpenCheck
) -> Iterator[Pin]:
    if not channels:
        return
    # The channel with the most weekly minutes; the first in strategy order on a tie.
    ch = max(channels, key=lambda c: (c.weekly, -c.order))
    for start, end in months(strategy.start, strategy.last_day, MIN_DAYS_FOR_A_REVIEW):
        candidates = _open_week(ch, end + timedelta(days=1), start, -1, is_open)
        if candidates:
            yield Pin(ch.name, "review", candidates)


def _spacing(ch: ChannelState) -> int:
    """Typical days between two visible entries of the channel, 1 to 7."""
    if ch.weekly <= 0:
        return 7
    return min(7, max(1, math.ceil(7 * TYPICAL_MINUTES / ch.weekly)))


def _breaks(
    strategy: Strategy, channels: Sequence[ChannelState], is_open: OpenCheck, quiet: Quiet
) -> Iterator[Pin]:
    for pause in breaks(strategy):
        if pause.last < strategy.start or pause.first > strategy.last_day:
            continue
        for ch in channels:
            if has_notes(ch.name):
                yield from _break(
                    strategy, ch, pause, is_open, quiet=(ch.name, pause.first) in quiet
                )


def has_notes(channel: str) -> bool:
    """Whether a channel has a feed of its own for notes around a break (groups have none)."""
    places = channel_places(channel)
    return places.place_of("away") is not None and places.place_of("back") is not None


def _break(
    strategy: Strategy, ch: ChannelState, pause: Break, is_open: OpenCheck, *, quiet: bool
) -> Iterator[Pin]:
    """The away and back entries of one channel around one break, if it needs them.

    A long weekend of public holidays gets the note before it, not a return after it. A
    break needs neither where it takes fewer than :data:`DAYS_WORTH_A_NOTE` of the channel's
    days: a florist's LinkedIn, kept from Tuesday to Thursday, said before Whit Monday that
    it would be quieter, and a rowing club's, with an hour a week, said so a week before its
    regatta break. ``quiet``: a plan made without them left the channel silent too long
    around it.
    """
    worked = strategy.channel(ch.name).days
    taken = sum(WEEKDAYS[d.weekday()] in worked for d in days(pause.first, pause.last))
    if not quiet and taken < DAYS_WORTH_A_NOTE[pause.holiday]:
        return
    before = _open_week(ch, pause.first, strategy.start, -1, is_open)
    if not before:
        return
    after = _open_week(ch, pause.last, strategy.last_day, 1, is_open)
    resumes = after[0] if after else pause.last + timedelta(days=1)
    silent = (resumes - before[0]).days - 1
    # The last visible entry before the break and the first after it may each lie a
    # spacing away from the open days next to it: a listening day is no sign of life.
    if not quiet and silent + 2 * _spacing(ch) <= ch.spec.max_silence_days:
        return
    yield Pin(ch.name, "away", before)
    if after and not pause.holiday:
        yield Pin(ch.name, "back", after)


def _open_week(
    ch: ChannelState, edge: date, limit: date, step: int, is_open: OpenCheck
) -> tuple[date, ...]:
    """The channel's open days next to ``edge`` (before it for step -1, after it for 1).

    The nearest open day first, then the further ones of its week, up to ``limit``.
    """
    day, week = edge + timedelta(days=step), None
    found: list[date] = []
    while (day >= limit) if step < 0 else (day <= limit):
        if week is not None and monday(day) != week:
            break
        if is_open(ch, day):
            found.append(day)
            week = monday(day)
        day += timedelta(days=step)
    return tuple(found)
