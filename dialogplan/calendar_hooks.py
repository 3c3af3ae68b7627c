"""The calendar around an entry: the events it may invite to or look back on, and breaks.

An announcement names the event or offer it invites to; an own post or a reply round in the
week before an event (or on its day) knows it, and so does a thank-you round or a story in
the week after. ``away`` and ``back`` notes know the break they stand next to: its days, and
the first working day after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dialogplan.catalogue import WEEKDAYS
from dialogplan.closed_days import blocked_days
from dialogplan.entry import Entry
from dialogplan.strategy import Strategy

#: Own posts and reply rounds in the days before an event may mention it: people who answer
#: are the likeliest to come. Only this many days ahead, so the hint stays timely.
EVENT_HOOK_MOVES = frozenset({"ask", "story", "article", "reply", "listen"})
EVENT_HOOK_DAYS = 7
#: In the week after an event, thanks, stories, questions and reply rounds may look back on
#: it: the people who came are the warmest contacts a team has.
EVENT_PAST_MOVES = frozenset({"thank", "story", "ask", "reply"})


@dataclass(frozen=True, slots=True)
class Announcement:
    """The event or offer an ``announce`` entry invites to; prints as its title.

    Templates written when ``announce`` was the plain title keep working: ``{{ announce }}``
    still prints the title.
    """

    title: str
    kind: str  # "event" or "offer"
    url: str
    #: The event's day (``format_day``); "" for offers.
    day: str
    #: Days from the entry to the event; 0 for offers.
    days_until: int
    #: The last day an offer runs (``format_day``), or "".
    until: str
    #: The strategy's short noun phrase for it ("the spring clinic"), or "".
    noun: str = ""

    def __str__(self) -> str:
        return self.title


class Announcements:
    """The strategy's events and offers by title, as ``announce`` entries name them."""

    def __init__(self, strategy: Strategy, day: Callable[[date], str]) -> None:
        self.events = {event.title: event for event in strategy.events}
        self.offers = {offer.title: offer for offer in strategy.offers}
        self.day = day

    def soon(self, entry: Entry) -> Announcement | None:
        """The next event within a week (or today) of an entry that can invite to it."""
        if entry.announce or entry.move not in EVENT_HOOK_MOVES:
            return None
        today = entry.start.date()
        ahead = [e for e in self.events.values() if 0 <= (e.date - today).days <= EVENT_HOOK_DAYS]
        if not ahead:
            return None
        event = min(ahead, key=lambda e: (e.date, e.title))
        days = (event.date - today).days
        url, day = event.url or "", self.day(event.date)
        return Announcement(event.title, "event", url, day, days, "", event.short or "")

    def past(self, entry: Entry) -> Announcement | None:
        """The latest event of the week before an entry that can look back on it."""
        if entry.announce or entry.move not in EVENT_PAST_MOVES:
            return None
        today = entry.start.date()
        days = {e: (today - e.date).days for e in self.events.values()}
        recent = [e for e, d in days.items() if 0 < d <= EVENT_HOOK_DAYS]
        if not recent:
            return None
        event = max(recent, key=lambda e: (e.date, e.title))
        url, day = event.url or "", self.day(event.date)
        return Announcement(event.title, "event", url, day, -days[event], "", event.short or "")

    def of(self, entry: Entry) -> Announcement | str:
        """The announcement an entry makes, or "" when it makes none."""
        name = entry.announce
        if not name:
            return ""
        event = self.events.get(name)
        if event is not None:
            days = (event.date - entry.start.date()).days
            url = entry.url or event.url or ""
            return Announcement(
                name, "event", url, self.day(event.date), days, "", event.short or ""
            )
        offer = self.offers.get(name)
        url = entry.url or (offer.url if offer is not None else None) or ""
        until = self.day(offer.until) if offer is not None and offer.until else ""
        noun = offer.short or "" if offer is not None else ""
        return Announcement(name, "offer", url, "", 0, until, noun)


class Breaks:
    """The strategy's blackouts, merged where they touch, for ``away`` and ``back`` entries."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        spans: list[tuple[date, date]] = []
        for blackout in sorted(strategy.blackout, key=lambda b: b.start):
            if spans and blackout.start <= spans[-1][1] + timedelta(days=1):
                spans[-1] = (spans[-1][0], max(spans[-1][1], blackout.end))
            else:
                spans.append((blackout.start, blackout.end))
        self.spans = spans
        self.blocked: set[date] | None = None

    def pause(self, entry: Entry, day: Callable[[date], str]) -> dict[str, str] | None:
        """For ``away`` the next break, for ``back`` the last one: its days and the return."""
        if entry.move not in ("away", "back") or not self.spans:
            return None
        today = entry.start.date()
        if entry.move == "away":
            span = next((s for s in self.spans if s[0] > today), None)
        else:
            span = next((s for s in reversed(self.spans) if s[1] < today), None)
        if span is None:
            return None
        first, last = span
        return {"first": day(first), "last": day(last), "back": day(self._open(entry, last))}

    def _open(self, entry: Entry, last: date) -> date:
        """The first day after ``last`` the channel works that is neither blocked nor a holiday."""
        if self.blocked is None:
            self.blocked = set(blocked_days(self.strategy))
        plan = self.strategy.channels.get(entry.channel)
        days = self.strategy.channel(entry.channel).days if plan is not None else WEEKDAYS
        working = {WEEKDAYS.index(d) for d in days}
        candidate = last + timedelta(days=1)
        for _ in range(366):
            if candidate not in self.blocked and candidate.weekday() in working:
                return candidate
            candidate += timedelta(days=1)
        return last + timedelta(days=1)


__all__ = [
    "EVENT_HOOK_DAYS",
    "EVENT_HOOK_MOVES",
    "EVENT_PAST_MOVES",
    "Announcement",
    "Announcements",
    "Breaks",
]
