"""Announcing events and offers: noticed in time, and never turning a plan into advertising.

An event is announced in the four weeks before it: first as soon as that window opens (or
the horizon starts), then as a reminder in its last two weeks, a few days after the first
and on another channel when one can take it, the channels that serve its people first. When
the horizon leaves less than eight days before the event, it is announced once. Offers are
announced while they run, paced as ever: a channel announces an offer only once its own
posts allow one in ten, and only an offer for the people it serves.

On every channel at most one announcement a week. Over the horizon at most one in ten of
the plan's own posts are announcements, and on a channel one in ten of its own, or one from
:data:`MIN_POSTS_FOR_ONE` own posts: a small team with a few posts on each of four channels
can still invite to its one event twice. These are the *quotas*, estimated up front from the
own posts the channels will have (the scheduler checks the finished plan and plans again
with smaller quotas in the rare case the estimate was too generous). An announcement takes
the place of an own post the channel would have made anyway, paid from the same credit.

Where the quotas do not go round, every event, then every offer, is announced once before
any gets a reminder or a second mention: each holds an announcement on a channel that can
make it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from dialogplan.channel_state import ChannelState
from dialogplan.dates import days
from dialogplan.details import closing_day
from dialogplan.entry import Entry, RenderedEntry
from dialogplan.event_people import name_words
from dialogplan.moves import MOVES
from dialogplan.placement import REPLY, Placed
from dialogplan.strategy import Event, Offer, Strategy

#: At most one announcement per this many own posts, of the plan and of each channel ...
POSTS_PER_ANNOUNCEMENT = 10
#: ... except that a channel with this many own posts may make one.
MIN_POSTS_FOR_ONE = 4
#: An event is announced in the days before it, at most this many days ahead.
ANNOUNCE_LEAD_DAYS = 28
#: A window shorter than this many days (the horizon starts just before the event) gets
#: one announcement instead of two.
SHORT_WINDOW_DAYS = 8
#: The reminder falls into the event's last this many days ...
REMINDER_DAYS = 14
#: ... and at least this many days after the announcement before it.
REMINDER_GAP_DAYS = 5
#: A channel mentions a running offer again at most this often.
OFFER_GAP_DAYS = 21

#: Own posts whose invitation goes into the replies, not the post: a question to a group tells
#: only the members who answer keenly of the coming event, so it invites nobody publicly.
INVITING_IN_REPLIES = frozenset({"group-ask"})
#: Notes on the team's own feed before and after a break: no own posts in the one-in-ten
#: sense, but one that gives an event's day invites everyone who reads it (a shooting club's
#: note after a break invited to its work day, and the check counted nothing, r358).
NOTES = frozenset({"away", "back"})

#: ``has_day(channel, first, last)``: whether the channel works on a day in ``first..last``.
DayCheck = Callable[[str, date, date], bool]


def allowed_announcements(posts: int) -> int:
    """How many announcements a channel with ``posts`` own posts may make."""
    if posts < MIN_POSTS_FOR_ONE:
        return 0
    return max(1, posts // POSTS_PER_ANNOUNCEMENT)


@dataclass(frozen=True, slots=True)
class Tally:
    """Own posts and announcements per channel, in order of each channel's first own post."""

    posts: Counter[str]
    announced: Counter[str]

    @classmethod
    def of(cls, entries: Iterable[Placed | Entry]) -> Tally:
        """Count a plan's, or a finished calendar's, own posts and announcements."""
        tally = cls(Counter(), Counter())
        for entry in entries:
            if MOVES[entry.move].own_post:
                tally.posts[entry.channel] += 1
                tally.announced[entry.channel] += entry.move == "announce"
        return tally

    def over(self) -> list[str]:
        """The channels with more announcements than :func:`allowed_announcements`."""
        return [c for c, n in self.posts.items() if self.announced[c] > allowed_announcements(n)]

    def plan_allows(self) -> int:
        """The announcements one in ten of all own posts allow."""
        return sum(self.posts.values()) // POSTS_PER_ANNOUNCEMENT


@dataclass(frozen=True, slots=True)
class Quotas:
    """The announcements the plan may make: per channel, and in all."""

    channels: Mapping[str, int]
    total: int

    def without_any(self) -> Quotas:
        """No announcements at all: the last resort when a plan keeps overdrawing."""
        return Quotas(dict.fromkeys(self.channels, 0), 0)


@dataclass(slots=True, eq=False)
class _Event:
    """An event and the announcements it still needs."""

    title: str
    url: str
    #: The days it may be announced on: its four weeks before, clipped to the horizon.
    first: date
    last: date
    needed: int
    done: int = 0
    latest: date | None = None
    channels: set[str] = field(default_factory=set)

    def opens(self) -> date:
        """The first day the next announcement is due: the window's start, or the reminder's."""
        if self.latest is None:
            return self.first
        return max(
            self.latest + timedelta(days=REMINDER_GAP_DAYS),
            self.last - timedelta(days=REMINDER_DAYS - 1),
        )


@dataclass(frozen=True, slots=True)
class Subject:
    """What to announce this week, and on which of the channel's days."""

    title: str
    url: str
    days: list[date]
    event: _Event | None = None
    #: The channel's last week to announce the event in.
    last_chance: bool = False


@dataclass(frozen=True, slots=True)
class Window:
    """The days an event may be announced on, and how many announcements it needs there."""

    title: str
    url: str
    #: Its four weeks before, clipped to the horizon.
    first: date
    last: date
    needed: int


def sign_up_closes(event: Event, language: str) -> date | None:
    """The last day to sign up for an event that its details give („Anmeldung bis 5. Mai“)."""
    return closing_day(event.details or "", language, event.date)


#: Days after an offer's last day within which an event on its topic is what it leads to: a
#: flea market a week after its stall sign-up closes.
LEADS_TO_DAYS = 14
#: The same for an offer whose details give a last day to sign up („Anmeldung bis 12.
#: Februar“): a camp's sign-up closes weeks before it, and a youth group's announcement and
#: reply round invited people to the camp a day after its sign-up had closed (r547).
SIGN_UP_LEADS_DAYS = 70


def led_to(events: Iterable[Event], offer: Offer, today: date, language: str) -> Event | None:
    """The first event ahead that the offer leads to (a sign-up, a stall booking), or None.

    One on a topic of the offer's whose name the offer's title says: „Standanmeldung
    Kinderflohmarkt“ leads to the „Kinderflohmarkt im Hof“; a stress test offered on the
    topic of a trade fair does not lead to the fair. An offer that ends closes by the
    event it leads to, as a sign-up does: taster days running from January to April are
    not for the open day in March, however alike the two are named (r447). An offer that
    runs on and on leads only to an event as near as an announcement looks ahead: a buddy
    scheme introduced in March named a volunteers' briefing in May as what it was for
    (r316).
    """
    if offer.until is None:
        first, end = today, today + timedelta(days=ANNOUNCE_LEAD_DAYS)
    else:
        signs_up = closing_day(offer.details or "", language, offer.until + timedelta(days=1))
        lead = SIGN_UP_LEADS_DAYS if signs_up else LEADS_TO_DAYS
        first, end = max(today, offer.until), offer.until + timedelta(days=lead)
    title = offer.title.casefold()
    return min(
        (
            e
            for e in events
            if first <= e.date <= end
            and set(e.topics) & set(offer.topics)
            and any(word in title for word in name_words(e))
        ),
        key=lambda e: (e.date, e.title),
        default=None,
    )


def sign_up_ends(strategy: Strategy) -> dict[str, date]:
    """For events people sign up for by a given day, that last day, by title.

    The day their details give („Anmeldung bis 5. Mai“), or the last day of an offer that
    leads to them and ends first (its ``until``). After it nobody is invited to come: a
    youth centre's reply round said "come by, the graffiti workshop starts tomorrow" five
    days after sign-up closed.
    """
    return _sign_up_ends(strategy, _offered_sign_ups(strategy))


def _sign_up_ends(strategy: Strategy, offered: dict[str, date]) -> dict[str, date]:
    """:func:`sign_up_ends`, with the last days of the offers that sign people up given."""
    ends = {
        event.title: closes
        for event in strategy.events
        if (closes := sign_up_closes(event, strategy.language)) is not None
    }
    for title, until in offered.items():
        ends[title] = max(ends.get(title, until), until)
    return ends


def _offered_sign_ups(strategy: Strategy) -> dict[str, date]:
    """For events an offer that ends first signs people up for, its last day, by title."""
    ends: dict[str, date] = {}
    for offer in strategy.offers:
        if offer.every or offer.until is None:
            continue
        led = led_to(strategy.events, offer, strategy.start, strategy.language)
        if led is not None and offer.until < led.date:
            ends[led.title] = max(ends.get(led.title, offer.until), offer.until)
    return ends


def event_windows(strategy: Strategy) -> list[Window]:
    """The events whose four weeks before them overlap the horizon, earliest first.

    Up to the day before, or to the last day to sign up (:func:`sign_up_ends`). Not an event
    whose sign-up, an offer of its own, closes within a few days of them: the offer's
    announcements invite to it.
    """
    found = []
    offered = _offered_sign_ups(strategy)
    ends = _sign_up_ends(strategy, offered)
    for event in sorted(strategy.events, key=lambda e: e.date):
        first = max(strategy.start, event.date - timedelta(days=ANNOUNCE_LEAD_DAYS))
        closes = ends.get(event.title) or event.date - timedelta(days=1)
        last = min(strategy.last_day, closes)
        if first > last:
            continue
        needed = 2 if (last - first).days + 1 >= SHORT_WINDOW_DAYS else 1
        # An offer's sign-up that closes days into the four weeks has invited for weeks: the
        # last day of a school visits' sign-up was asked for an invitation of its own (r571).
        if needed == 1 and event.title in offered:
            continue
        found.append(Window(event.title, event.url or "", first, last, needed))
    return found


def public_invitations(
    windows: Sequence[Window], entries: Sequence[Entry], *, announcements_only: bool = False
) -> Counter[str]:
    """Per event, the channel-weeks of its window with an announcement or an own post inviting.

    An own post whose prompt invites to an event (a question on its topic with its day and
    link) counts as an announcement does, unless the invitation waits for the replies
    (:data:`INVITING_IN_REPLIES`); a channel counts once a week, as announcements may come
    only once a week on it.
    """
    found: dict[str, set[tuple[str, tuple[int, int]]]] = {w.title: set() for w in windows}
    spans = {w.title: (w.first, w.last) for w in windows}
    for entry in entries:
        title = entry.announce if entry.move == "announce" else ""
        own = MOVES[entry.move].own_post or entry.move in NOTES
        public = own and entry.move not in INVITING_IN_REPLIES
        if not title and not announcements_only and public:
            title = entry.invites if isinstance(entry, RenderedEntry) else ""
        day = entry.start.date()
        if title in spans and spans[title][0] <= day <= spans[title][1]:
            found[title].add((entry.channel, day.isocalendar()[:2]))
    return Counter({title: len(weeks) for title, weeks in found.items()})


def _events(strategy: Strategy) -> list[_Event]:
    return [_Event(w.title, w.url, w.first, w.last, w.needed) for w in event_windows(strategy)]


def offer_runs(offer: Offer, first: date, last: date) -> bool:
    """Whether the offer is available on some day of ``first..last``."""
    return (offer.start is None or offer.start <= last) and (
        offer.until is None or offer.until >= first
    )


def offer_span(offer: Offer, first: date, last: date) -> tuple[date, date]:
    """The days of ``first..last`` the offer runs on, as its first and last day."""
    return max(offer.start or first, first), min(offer.until or last, last)


def invited_weekly(strategy: Strategy, offer: Offer, invitations: int) -> bool:
    """Whether posts that give a weekly offer's next time invite to it often enough.

    Every fortnight or more is enough: a workshop's Thursday consultation, named in 16
    entries, read as a note where it was counted as never announced.
    """
    return bool(offer.every) and invitations >= weekly_invitations_needed(strategy, offer)


def weekly_invitations_needed(strategy: Strategy, offer: Offer) -> int:
    """The invitations that make a weekly offer's missing announcement a note: one a fortnight."""
    first, last = offer_span(offer, strategy.start, strategy.last_day)
    return math.ceil(((last - first).days + 1) / 14)


class Announcer:
    """Decides which event or offer a channel announces, if any, when its next post is due."""

    def __init__(self, strategy: Strategy, quotas: Quotas, has_day: DayCheck) -> None:
        #: Announcements each channel, and the plan in all, may still make over the horizon.
        self.quota = dict(quotas.channels)
        self.total = quotas.total
        self.events = _events(strategy)
        self.offers = strategy.offers
        #: The goals each offer and event is for, and those each channel serves: an offer
        #: goes out only where its people are (team days for HR managers: not on the Instagram
        #: for groups of friends), an event there first (a rowing club's regatta, which needs
        #: helpers, was announced on the LinkedIn that serves its sponsors).
        self.channel_goals = {c: frozenset(strategy.goals_of(c)) for c in strategy.channels}
        self.item_goals = {
            **{o.title: strategy.goals_invited_to(o.title) for o in strategy.offers},
            **{e.title: self._served(strategy.goals_of_event(e)) for e in strategy.events},
        }
        self.has_day = has_day
        #: The Sunday of the week of each channel's latest announcement.
        self.week: dict[str, date] = {}
        self.offer_turn: Counter[str] = Counter()
        #: The day of each channel's latest offer announcement.
        self.offer_day: dict[str, date] = {}
        self.first_day, self.last_day = strategy.start, strategy.last_day
        #: The events and offers the team wants announced before the others.
        self.first = frozenset(
            item.title for item in (*strategy.events, *strategy.offers) if item.announce_first
        )
        #: The days of the team's events: a day for that event, not for announcing another
        #: (on the day of its taster session a fire brigade's page invited to its summer fête).
        self.event_days = frozenset(
            day for event in strategy.events for day in days(event.date, event.last_day)
        )
        #: For each event and offer not yet announced: the channel holding an announcement
        #: for it, and its last day.
        self.held = self._hold_firsts()
        #: The events and offers announced so far.
        self.told: set[str] = set()

    def next(self, ch: ChannelState, week_last: date, allowed: Sequence[date]) -> Subject | None:
        """What the channel announces with its next own post this week, or None."""
        if not allowed or self.quota.get(ch.name, 0) <= 0 or self.week.get(ch.name) == week_last:
            return None
        if self.total <= 0:
            return None
        self.held = {t: held for t, held in self.held.items() if held[1] >= allowed[0]}
        return self._event(ch.name, week_last, allowed) or self._offer(ch, allowed)

    def record(self, channel: str, subject: Subject, day: date, week_last: date) -> None:
        """Note an announcement placed on ``day``."""
        self.quota[channel] -= 1
        self.total -= 1
        self.week[channel] = week_last
        self.held.pop(subject.title, None)
        self.told.add(subject.title)
        event = subject.event
        if event is None:
            self.offer_turn[channel] += 1
            self.offer_day[channel] = day
            return
        event.done += 1
        event.latest = day if event.latest is None else max(event.latest, day)
        event.channels.add(channel)

    def _event(self, channel: str, week_last: date, allowed: Sequence[date]) -> Subject | None:
        for event in self.events:
            if event.done >= event.needed or allowed[0] > event.last:
                continue
            # On its last chance a channel announces whatever the spacing and the spread.
            last_chance = not self.has_day(channel, week_last + timedelta(days=1), event.last)
            opens = event.first if last_chance else event.opens()
            days = [d for d in allowed if opens <= d <= event.last]
            days = days if last_chance else [d for d in days if d not in self.event_days]
            if not days:
                continue
            if not last_chance and channel in event.channels and self._others_can(event):
                continue
            elsewhere = not self._serves(channel, event.title) and self._servers_can(event)
            if not last_chance and elsewhere:
                continue
            if not self._affords(channel, event.title):
                continue
            return Subject(event.title, event.url, days, event, last_chance)
        return None

    def _hold_firsts(self) -> dict[str, tuple[str, date]]:
        """One announcement for each event and offer, held on a channel that can make it.

        Spent first come, first served, a channel's few announcements went to the spring
        offer's second mention and an event's reminder, and the tour that runs from June was
        never announced at all. Each is held, those the team marked ``announce_first``
        first, then events before offers and each in the order they open, on the channel with
        most announcements left among those that can make it. One already held moves to
        another channel of its own where that makes room: a youth club's maypole dance took
        the one Instagram announcement its weekly club night, marked to go first as well and
        for people only Instagram reaches, needed, while the Facebook page could announce
        the dance too.
        """
        subjects = [(False, e.first, e.last, e.title) for e in self.events] + [
            (True, *offer_span(o, self.first_day, self.last_day), o.title)
            for o in self.offers
            if offer_runs(o, self.first_day, self.last_day)
        ]
        subjects.sort(key=lambda subject: (subject[-1] not in self.first, subject))
        options: dict[str, list[str]] = {}
        held: dict[str, str] = {}
        for is_offer, first, last, title in subjects:
            if len(held) >= self.total:
                break
            can = [c for c, n in self.quota.items() if n > 0 and self.has_day(c, first, last)]
            serving = [c for c in can if self._serves(c, title)]
            options[title] = serving if serving or is_offer else can
            self._seat(title, options, held, set())
        return {title: (held[title], last) for *_, last, title in subjects if title in held}

    def _seat(
        self, title: str, options: Mapping[str, list[str]], held: dict[str, str], tried: set[str]
    ) -> bool:
        """Hold an announcement for ``title``, moving others held along channels they can use."""
        load = Counter(held.values())
        free = [c for c in options[title] if load[c] < self.quota[c]]
        if free:
            held[title] = max(free, key=lambda c: self.quota[c] - load[c])
            return True
        for channel in options[title]:
            if channel in tried:
                continue
            tried.add(channel)
            for other in [t for t, on in held.items() if on == channel]:
                held[title] = channel
                del held[other]
                if self._seat(other, options, held, tried):
                    return True
                del held[title]
                held[other] = channel
        return False

    def _affords(self, channel: str, title: str) -> bool:
        """Whether announcing ``title`` on the channel keeps what is held for the others."""
        others = [held for t, held in self.held.items() if t != title]
        here = sum(1 for held_on, _ in others if held_on == channel)
        return self.quota[channel] - 1 >= here and self.total - 1 >= len(others)

    def _left(self) -> int:
        """The announcements the plan may still make."""
        return min(self.total, sum(self.quota.values()))

    def _others_can(self, event: _Event) -> bool:
        """Whether a channel for its people that has not announced the event may still do so."""
        return any(
            q > 0 and c not in event.channels and self._serves(c, event.title)
            for c, q in self.quota.items()
        )

    def _served(self, goals: frozenset[str]) -> frozenset[str]:
        """The goals, or none (the event is for everyone) when no channel serves them."""
        return (
            goals if any(goals & served for served in self.channel_goals.values()) else frozenset()
        )

    def _servers_can(self, event: _Event) -> bool:
        """Whether a channel that serves the event's people may still announce it."""
        return any(
            q > 0 and self._serves(c, event.title) and self.has_day(c, event.opens(), event.last)
            for c, q in self.quota.items()
        )

    def _serves(self, channel: str, title: str) -> bool:
        """Whether the channel serves the people an offer or event is for (one for all: any)."""
        goals = self.item_goals[title]
        return not goals or bool(goals & self.channel_goals[channel])

    def _offer(self, ch: ChannelState, allowed: Sequence[date]) -> Subject | None:
        running = [
            o
            for o in self.offers
            if offer_runs(o, allowed[0], allowed[-1]) and self._serves(ch.name, o.title)
        ]
        latest = self.offer_day.get(ch.name)
        if not running or (latest and (allowed[0] - latest).days < OFFER_GAP_DAYS):
            return None
        # The team's firsts, then those held for a channel: an offer that runs all quarter,
        # first in the list, took a bottle shop's only offer announcement in the two weeks
        # of its Easter bundle, which the team had marked to be announced first.
        unheard = sorted(
            (o for o in running if o.title not in self.told),
            key=lambda o: (o.title not in self.first, o.title not in self.held),
        )
        if unheard:
            offer = unheard[0]
        else:  # a second mention: events coming up keep the announcements they still need
            pending = sum(e.needed - e.done for e in self.events if e.last >= allowed[0])
            pending += sum(1 for o in self.offers if o.title in self.held)
            if self._left() - 1 < pending:
                return None
            offer = running[self.offer_turn[ch.name] % len(running)]
        if not self._affords(ch.name, offer.title):
            return None
        days = [d for d in allowed if offer_runs(offer, d, d) and d not in self.event_days]
        if not days:
            return None
        return Subject(offer.title, offer.url or "", days)


def estimate_quotas(channels: Sequence[ChannelState], working_weeks: Mapping[str, float]) -> Quotas:
    """How many announcements each channel that can announce, and the plan, may make.

    ``working_weeks`` counts each channel's open days after its warm-up, in weeks of its
    working days. The estimate of its own posts is the credit it earns for them divided by
    the average cost of a post and its reply round.
    """
    posts: dict[str, int] = {}
    for ch in channels:
        if not ch.own_cycle:
            continue
        cost = sum(MOVES[m].minutes for m in ch.own_cycle) / len(ch.own_cycle) + REPLY.minutes
        posts[ch.name] = round(ch.weekly * ch.post_share / cost * working_weeks.get(ch.name, 0.0))
    announcing = [ch.name for ch in channels if "announce" in ch.moves and ch.name in posts]
    return Quotas(
        {name: allowed_announcements(posts[name]) for name in announcing},
        sum(posts.values()) // POSTS_PER_ANNOUNCEMENT,
    )
