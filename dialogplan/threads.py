"""Threads through the weeks: which entry carries on the work of an earlier one.

People learn community work by doing it, and a prompt that points back to the plan's own
history is concrete where a generic one is not: "go back to the posts you saved on Monday",
"the people you connected with in March", "your question from Tuesday that drew answers".
:func:`link` finds those threads in a scheduled calendar and marks the season an entry falls
in, so templates can colour an opening with it. It is pure and deterministic, and linear in
the number of entries after one sort.

Threads (always on the same channel, never to a later or simultaneous entry, never from a
reply round, and each earlier entry carried on at most once):

- ``comment`` ← the most recent ``listen`` 1–7 days before it (the posts saved then, while
  their conversations are still going); the comment takes over the listen's topic and goal;
- ``meet`` ← the oldest ``connect`` 14–28 days before it (people met that way, in order;
  "who answered your comments on 15 January" eight weeks on sent people back too far, r444,
  and five weeks on still did, r476);
  the meeting takes over the round's goal: the people met are the ones it looked for;
- ``story`` or ``thank`` ← the most recent ``ask`` or ``group-ask`` 2–14 days before it (a
  question that drew answers), 2–7 days for a thank-you, which comes late under a thread
  gone cold; the entry takes over the ask's topic and goal;
- ``thank`` in groups or by message, without such a question ← the most recent ``comment``
  or ``group-help`` in its own group (or by message) 1–7 days before it (the threads the
  team joined, where people answered it), keeping its own topic and goal, so that it asks
  nothing of the topics' questions: "thank a member whose answer helped you lately" named
  nothing findable (r447);
- ``back`` ← the latest ``away`` before it, unless another ``back`` already answered it.

Days are counted between local dates in the strategy's time zone.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from dialogplan.entry import Calendar, Entry
from dialogplan.places import channel_places
from dialogplan.seasons import still_on
from dialogplan.strategy import Strategy

#: Time zones counted as southern hemisphere (prefixes of IANA names). Their summer falls in
#: January and February; every other zone (UTC included) counts as northern. The list keeps
#: to places with a marked summer holiday season, which is what a prompt may mention.
SOUTHERN_ZONES = (
    "Africa/Johannesburg",
    "Africa/Maputo",
    "Africa/Windhoek",
    "America/Argentina/",
    "America/Asuncion",
    "America/Buenos_Aires",
    "America/Montevideo",
    "America/Punta_Arenas",
    "America/Santiago",
    "America/Sao_Paulo",
    "Antarctica/",
    "Australia/",
    "Brazil/",
    "Chile/",
    "Indian/Mauritius",
    "Indian/Reunion",
    "NZ",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Pacific/Fiji",
)


@dataclass(slots=True)
class _Latest:
    """Earlier entries of one kind on one channel; hands out the most recent eligible one.

    Entries arrive in time order. Those not yet old enough wait in ``pending``; the
    eligible ones form a stack whose top is the most recent. Each entry is pushed and
    popped at most once, so a whole calendar costs linear time.
    """

    min_days: int
    max_days: int
    pending: deque[Entry] = field(default_factory=deque)
    ready: list[Entry] = field(default_factory=list)

    def add(self, entry: Entry) -> None:
        self.pending.append(entry)

    def take(
        self, day: date, day_of: Callable[[Entry], date], within: int | None = None
    ) -> Entry | None:
        """The most recent eligible entry; with ``within``, only one at most that many days old."""
        while self.pending and (day - day_of(self.pending[0])).days >= self.min_days:
            self.ready.append(self.pending.popleft())
        if not self.ready:
            return None
        age = (day - day_of(self.ready[-1])).days
        if age > self.max_days:
            self.ready.clear()  # everything below the top is older still
            return None
        if within is not None and age > within:
            return None  # left for a taker that may go further back
        return self.ready.pop()


@dataclass(slots=True)
class _Oldest:
    """Earlier entries of one kind on one channel; hands out the oldest eligible one."""

    min_days: int
    max_days: int
    queue: deque[Entry] = field(default_factory=deque)

    def add(self, entry: Entry) -> None:
        self.queue.append(entry)

    def take(
        self, day: date, day_of: Callable[[Entry], date], _within: int | None = None
    ) -> Entry | None:
        while self.queue and (day - day_of(self.queue[0])).days > self.max_days:
            self.queue.popleft()  # too old for this entry, so for every later one too
        if self.queue and (day - day_of(self.queue[0])).days >= self.min_days:
            return self.queue.popleft()
        return None


@dataclass(slots=True)
class _Last:
    """The latest earlier entry of one kind on one channel, until something carries it on."""

    last: Entry | None = None

    def add(self, entry: Entry) -> None:
        self.last = entry

    def take(
        self, _day: date, _day_of: Callable[[Entry], date], _within: int | None = None
    ) -> Entry | None:
        found, self.last = self.last, None
        return found


_Pool = _Latest | _Oldest | _Last

#: The team's own work in others' threads, which people answer there: a thank-you may go back
#: to it.
JOINED_MOVES = frozenset({"comment", "group-help"})
#: Which pool a move's earlier entries go to, and which pool a move draws from.
_SOURCES = {
    "listen": "saved",
    "connect": "met",
    "ask": "asked",
    "group-ask": "asked",
    "comment": "joined",
    "group-help": "joined",
    "away": "break",
}
#: The pools a move draws from, in order: a thank-you goes back to a question first.
_TARGETS = {
    "comment": ("saved",),
    "meet": ("met",),
    "story": ("asked",),
    "thank": ("asked", "joined"),
    "back": ("break",),
}
#: Where a thank-you can go back to the threads the team joined: among the members, or by
#: message to someone who answered it; not under mentions or the team's own posts.
_JOINED_PLACES = frozenset({"groups", "dm"})
#: Days a move reaches back at most, where less than its pool keeps: a thank-you under a
#: question two weeks old comes when the thread has gone cold; a story may still tell of it.
_WITHIN = {"thank": 7}
#: Moves that carry on earlier work take over its topic and goal: a story or thank-you round
#: is about what was asked, a comment round about the posts saved.
_TAKE_OVER = frozenset({"story", "thank", "comment"})
#: A meeting with people met in a round of new contacts is for the people that round sought.
_TAKE_GOAL = frozenset({"meet"})


def _new_pool(kind: str) -> _Pool:
    if kind == "saved":
        return _Latest(min_days=1, max_days=7)
    if kind == "met":
        return _Oldest(min_days=14, max_days=28)
    if kind == "asked":
        return _Latest(min_days=2, max_days=14)
    if kind == "joined":
        return _Latest(min_days=1, max_days=7)
    return _Last()


def _draws_from(entry: Entry) -> tuple[str, ...]:
    """The pools an entry may carry on from, in order."""
    kinds = _TARGETS.get(entry.move, ())
    if "joined" in kinds:
        place = channel_places(entry.channel).place_for(entry.move, entry.place)
        if place is None or place.kind not in _JOINED_PLACES:
            kinds = tuple(k for k in kinds if k != "joined")
    return kinds


def _threads(entries: Calendar, day_of: Callable[[Entry], date]) -> dict[str, Entry]:
    """For each entry that carries on earlier work, by uid, the entry it carries on."""
    pools: dict[tuple[str, str, str], _Pool] = {}

    def pool(entry: Entry, kind: str) -> _Pool:
        # A thank-you goes back to the threads of its own group: the groups keep their turns.
        key = (entry.channel, kind, entry.group if kind == "joined" else "")
        if key not in pools:
            pools[key] = _new_pool(kind)
        return pools[key]

    found: dict[str, Entry] = {}
    ordered = sorted(entries, key=lambda e: e.start)
    for _, same_time in itertools.groupby(ordered, key=lambda e: e.start):
        moment = list(same_time)
        # Entries at the same moment never carry each other on: targets first, then sources.
        for entry in moment:
            if entry.follows_up:
                continue
            within = _WITHIN.get(entry.move)
            for kind in _draws_from(entry):
                earlier = pool(entry, kind).take(day_of(entry), day_of, within)
                if earlier is not None:
                    found[entry.uid] = earlier
                    break
        for entry in moment:
            source = _SOURCES.get(entry.move)
            if source is not None:
                pool(entry, source).add(entry)
    return found


def occasion(day: date, timezone: str) -> str:
    """The moment of the year a local date falls in: "", "year-end", "new-year" or "summer".

    Year-end (1–23 December, a thank-you round before the holidays) and new-year (2–15
    January) hold everywhere. Summer is 20 June – 31 August in the northern hemisphere and
    1 January – end of February in the southern one (new-year takes precedence).
    """
    if day.month == 12 and day.day <= 23:
        return "year-end"
    if day.month == 1 and 2 <= day.day <= 15:
        return "new-year"
    if timezone.startswith(SOUTHERN_ZONES):
        return "summer" if day.month in (1, 2) else ""
    if (day.month == 6 and day.day >= 20) or day.month in (7, 8):
        return "summer"
    return ""


def link(strategy: Strategy, entries: Calendar) -> Calendar:
    """The same entries in the same order, with ``continues`` and ``occasion`` decided.

    ``link`` owns both fields: a value already set is replaced, so linking twice changes
    nothing. An entry that carries on earlier work is about that work: a ``story`` or
    ``thank`` takes over the question's topic and goal, a ``comment`` those of the posts
    saved (and, in groups, the group), unless that topic is over by then (its season or its
    last day has passed): then it stands on its own. A ``meet`` takes over the goal of the
    round of new contacts it goes back to. Unchanged entries are returned as they are.
    """
    zone = strategy.zone

    def day_of(entry: Entry) -> date:
        return entry.start.astimezone(zone).date()

    threads = _threads(entries, day_of)
    linked: list[Entry] = []
    #: Topic, goal and group of each post that took them over: its reply round follows suit.
    taken: dict[str, tuple[str, str, str]] = {}
    for entry in entries:
        earlier = threads.get(entry.uid)
        if earlier is not None and entry.move in _TAKE_OVER:
            topic_of = strategy.topic(earlier.topic)
            if topic_of is not None and not still_on(
                topic_of, day_of(entry), strategy.topic_ends(topic_of)
            ):
                earlier = None  # the question's topic is over: the entry stands on its own
        continues = earlier.uid if earlier is not None else ""
        season = occasion(day_of(entry), strategy.timezone)
        topic, goal, group = taken.get(entry.follows_up, (entry.topic, entry.goal, entry.group))
        if earlier is not None and entry.move in _TAKE_OVER:
            # Work in groups goes back to the group the earlier work happened in.
            group = (earlier.group or entry.group) if entry.group else ""
            # Thanks for answers to the team's comments ask nothing on the topic themselves:
            # they keep their own topic and goal, and the topics' questions go where asked.
            joined = earlier.move in JOINED_MOVES and entry.move == "thank"
            topic, goal = (entry.topic, entry.goal) if joined else (earlier.topic, earlier.goal)
            taken[entry.uid] = topic, goal, group
        elif earlier is not None and entry.move in _TAKE_GOAL:
            goal = earlier.goal
        now = (entry.continues, entry.occasion, entry.topic, entry.goal, entry.group)
        if now != (continues, season, topic, goal, group):
            entry = dataclasses.replace(  # noqa: PLW2901 - the linked copy replaces it
                entry, continues=continues, occasion=season, topic=topic, goal=goal, group=group
            )
        linked.append(entry)
    return tuple(linked)


__all__ = ["JOINED_MOVES", "SOUTHERN_ZONES", "link", "occasion"]
