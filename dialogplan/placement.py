"""Finding time: where in a week a channel's next piece of work fits.

The scheduler decides *what* a channel does next; a :class:`Week` says *when*: on the
channel's least busy allowed day, inside its time windows, overlapping nothing the person
already does that week, and never across a clock change: a wall-clock time the clocks skip
does not exist, and one they repeat names two instants that calendar apps tell apart
differently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from dialogplan.catalogue import catalogue
from dialogplan.moves import MOVES

#: A reply round on the same day starts at least this many minutes after its post.
REPLY_DELAY = 180

REPLY = MOVES["reply"]


@dataclass(frozen=True, slots=True)
class Placed:
    """One entry as the scheduler places it, before goals and topics are assigned."""

    channel: str
    move: str
    start: datetime  # local wall time, naive
    minutes: int
    follows: int | None = None  # index of the own post a reply round follows up
    announce: str = ""
    warm_up: bool = False
    url: str = ""


class Seeker(Protocol):
    """What finding time needs to know of the channel it looks for."""

    @property
    def name(self) -> str:
        """The channel's catalogue name."""

    @property
    def order(self) -> int:
        """The channel's position in the strategy: staggers channels over the week."""

    @property
    def spread(self) -> int:
        """How many entries the channel has had: turns the starting day and window."""

    @property
    def deadline(self) -> date:
        """The last day the next visible entry may come without breaking the silence limit."""

    @property
    def windows(self) -> list[tuple[int, int]]:
        """Time windows as minutes after midnight."""


@dataclass
class Week:
    """Who is busy when, within one calendar week, and how much of its budget is spent."""

    days: list[date]
    last: date  # the Sunday
    budget: int
    zone: ZoneInfo
    used: int = 0
    busy: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    load: Counter[tuple[str, date]] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.busy = {d: [] for d in self.days}

    def block(self, day: date, begin: int, end: int) -> None:
        """Keep a stretch of the day free of work: the team is at its own event then."""
        if day in self.busy:
            self._reserve(day, begin, end - begin)

    def fits(self, minutes: int) -> bool:
        """Whether this many more minutes stay within the weekly budget."""
        return self.used + minutes <= self.budget

    def book(self, entry: Placed) -> None:
        """Take the entry's time and minutes for the rest of the week."""
        day = entry.start.date()
        begin = entry.start.hour * 60 + entry.start.minute
        self._reserve(day, begin, entry.minutes)
        self.load[(entry.channel, day)] += 1
        self.used += entry.minutes

    def slot(self, ch: Seeker, days: list[date], minutes: int) -> datetime | None:
        """The earliest free time on the channel's least busy day that has one."""
        for day in self._by_load(ch, days):
            found = self._free(ch, day, minutes)
            if found is not None:
                return found
        return None

    def slot_post(
        self, ch: Seeker, days: list[date], minutes: int, post_days: list[date] | None = None
    ) -> tuple[datetime, datetime] | None:
        """A time for an own post and, the same day or the next allowed one, its reply round.

        Where answers arrive over a day (a newsletter, a blog), the reply round takes the next
        allowed day of the week, and only a channel worked on one day a week has it the same
        day, later: without it, that channel would get no posts at all.

        ``post_days`` narrows the days the post itself may go on (an announcement before
        its event); its reply round may still take the next of ``days``.
        """
        for day in self._by_load(ch, days if post_days is None else post_days):
            post = self._free(ch, day, minutes)
            if post is None:
                continue
            begin = post.hour * 60 + post.minute
            # Reserve the post's time while looking for its reply round.
            self._reserve(day, begin, minutes)
            later = [d for d in days if d > day][:1]
            reply = None
            if not catalogue()[ch.name].replies_next_day:
                reply = self._free(ch, day, REPLY.minutes, begin + minutes + REPLY_DELAY)
            if reply is None and later:
                reply = self._free(ch, later[0], REPLY.minutes)
            if reply is None and len(days) == 1:
                reply = self._free(ch, day, REPLY.minutes, begin + minutes + REPLY_DELAY)
            self.busy[day].remove((begin, begin + minutes))
            if reply is not None:
                return post, reply
        return None

    def _reserve(self, day: date, begin: int, minutes: int) -> None:
        self.busy[day].append((begin, begin + minutes))
        self.busy[day].sort()

    def _by_load(self, ch: Seeker, days: list[date]) -> list[date]:
        """The channel's days, least busy first, so its work spreads over the week.

        Days up to the channel's silence deadline come first (or, once it has passed, the
        earliest days), so followers never wait longer than they tolerate when the week
        allows it.
        """
        n, deadline, shift = len(days), ch.deadline, ch.spread + ch.order
        ranked = sorted(
            (max(d, deadline), self.load[(ch.name, d)], (i - shift) % n, d)
            for i, d in enumerate(days)
        )
        return [d for *_, d in ranked]

    def _free(self, ch: Seeker, day: date, minutes: int, not_before: int = 0) -> datetime | None:
        """The earliest start inside the channel's windows that overlaps nothing else."""
        busy = self.busy[day]
        # Start from a different window each time so the work spreads over the day.
        turn = ch.spread % len(ch.windows)
        for begin, end in ch.windows[turn:] + ch.windows[:turn]:
            at = max(begin, not_before)
            while at + minutes <= end:
                clash = next((b for b in busy if b[0] < at + minutes and b[1] > at), None)
                if clash is not None:
                    at = clash[1]
                    continue
                start = datetime.combine(day, datetime.min.time()) + timedelta(minutes=at)
                if _steady(start, start + timedelta(minutes=minutes), self.zone):
                    return start
                at += 15
        return None


def _steady(start: datetime, end: datetime, zone: ZoneInfo) -> bool:
    """Whether no clock change touches the entry, so its wall-clock times name one instant each.

    A time the clocks skip or repeat gives two offsets for fold 0 and 1; parsers pick
    differently (icalendar and vobject the first, ical.js the second). An entry spanning a
    change would also last longer or shorter than planned, so its two ends must share an offset.
    """
    offsets = {
        moment.replace(tzinfo=zone, fold=fold).utcoffset()
        for moment in (start, end)
        for fold in (0, 1)
    }
    return len(offsets) == 1
