"""Scheduling: turn hours per week into dated dialogue moves, one calendar entry each.

The plan is built week by week. Each channel earns minutes every week from its share of the
budget and spends them on moves: own posts (each followed by a reply round on the same
channel) from one pool, and work in other people's conversations from another. Entries are
then placed into the channel's days and time windows so that one person's entries never
overlap, public holidays and blackouts stay free, and no week exceeds the budget
(:mod:`dialogplan.placement`); finally every entry gets its goal, topic and group
(:mod:`dialogplan.assignment`).

Everything here is deterministic: the same strategy always gives the same calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from dialogplan.assignment import assign
from dialogplan.catalogue import WEEKDAYS, ChannelSpec, parse_window
from dialogplan.closed_days import blocked_days
from dialogplan.dates import days, mondays
from dialogplan.entry import Calendar
from dialogplan.moves import MOVES, WARM_UP_MOVES
from dialogplan.placement import REPLY, Placed, Week
from dialogplan.strategy import Strategy

#: Share of the minutes at or above which the plan still counts as dialogue.
DIALOGUE_SHARE = 0.8
#: At most this many own posts per announcement.
POSTS_PER_ANNOUNCEMENT = 10
#: Own posts may take at most this share of a channel's minutes; the rest goes to others.
OWN_POST_SHARE = 0.5
#: Weeks a new channel spends listening and commenting before its first own post.
WARM_UP_WEEKS = 2
#: An event is announced in the weeks before it, at most this many days ahead.
ANNOUNCE_LEAD_DAYS = 28

#: The order in which a channel's own posts take turns; moves it lacks are skipped.
OWN_POST_CYCLE = ("ask", "story", "group-ask", "share", "ask", "article")
#: The order in which work in others' conversations takes turns.
DIALOGUE_CYCLE = (
    "comment", "group-help", "thank", "connect", "comment", "congratulate",
    "group-help", "meet", "listen",
)  # fmt: skip


@dataclass
class _Channel:
    """A channel's running state across the weeks of the plan."""

    name: str
    spec: ChannelSpec
    moves: frozenset[str]
    weekly: float
    order: int
    warm_up_weeks: int
    post_credit: float = 0.0
    talk_credit: float = 0.0
    own_turn: int = 0
    talk_turn: int = 0
    own_posts: int = 0
    announcements: int = 0
    spread: int = 0
    #: The last day followers saw something happen on the channel.
    last_visible: date = date.min

    @property
    def deadline(self) -> date:
        """The last day the next visible entry may come without breaking the silence limit."""
        return self.last_visible + timedelta(days=self.spec.max_silence_days + 1)

    @cached_property
    def windows(self) -> list[tuple[int, int]]:
        """Time windows as minutes after midnight."""
        return [
            (s.hour * 60 + s.minute, e.hour * 60 + e.minute)
            for s, e in map(parse_window, self.spec.windows)
        ]

    @cached_property
    def own_cycle(self) -> list[str]:
        return [m for m in OWN_POST_CYCLE if m in self.moves]

    @cached_property
    def talk_cycle(self) -> list[str]:
        return [m for m in DIALOGUE_CYCLE if m in self.moves]

    @cached_property
    def post_share(self) -> float:
        """How much of the weekly minutes goes to own posts and their reply rounds."""
        if not self.own_cycle:
            return 0.0
        if not self.talk_cycle:
            return 1.0
        cost = sum(MOVES[m].minutes for m in self.own_cycle) / len(self.own_cycle)
        wanted = self.spec.posts_per_week * (cost + REPLY.minutes)
        return min(OWN_POST_SHARE, wanted / self.weekly) if self.weekly else 0.0

    def earn(self, fraction: float, *, warm_up: bool) -> None:
        """Credit the minutes of a week the channel works ``fraction`` of its days in."""
        earned = self.weekly * fraction
        post_share = 0.0 if warm_up else self.post_share
        biggest_post = max((MOVES[m].minutes for m in self.own_cycle), default=0)
        self.post_credit = min(
            self.post_credit + earned * post_share,
            max(2 * self.weekly * post_share, biggest_post + REPLY.minutes),
        )
        self.talk_credit = min(self.talk_credit + earned * (1 - post_share), max(self.weekly, 60))

    def took(self, entry: Placed) -> None:
        """Note an entry placed on the channel."""
        if MOVES[entry.move].visible:
            self.last_visible = max(self.last_visible, entry.start.date())
        self.spread += 1


@dataclass
class _Share:
    """The plan's minutes so far and how many of them count as dialogue."""

    minutes: int = 0
    dialogue: float = 0.0

    def allows(self, weighted: float, cost: int) -> bool:
        """Whether ``cost`` more minutes, ``weighted`` of them dialogue, keep the share."""
        return self.dialogue + weighted >= DIALOGUE_SHARE * (self.minutes + cost)

    def add(self, entry: Placed) -> None:
        self.minutes += entry.minutes
        self.dialogue += entry.minutes * MOVES[entry.move].dialogue


class _Planner:
    """Spends each channel's minutes week by week, taking turns between the channels."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        self.first, self.last = strategy.start, strategy.last_day
        self.blocked = blocked_days(strategy)
        self.channels = _channels(strategy)
        self.placed: list[Placed] = []
        self.share = _Share()

    def run(self) -> list[Placed]:
        for week_start in mondays(self.first, self.last):
            self._plan_week(week_start)
        return self.placed

    def _plan_week(self, week_start: date) -> None:
        week_days = list(days(week_start, week_start + timedelta(days=6)))
        open_days = [d for d in week_days if self.first <= d <= self.last and d not in self.blocked]
        budget = int(self.strategy.hours_per_week * 60)
        week = Week(open_days, week_days[-1], budget, self.strategy.zone)
        active: list[tuple[_Channel, list[date]]] = []
        for ch in self.channels:
            allowed = [d for d in open_days if WEEKDAYS[d.weekday()] in ch.spec.days]
            if allowed:
                ch.earn(len(allowed) / len(ch.spec.days), warm_up=ch.warm_up_weeks > 0)
                active.append((ch, allowed))
        active_at_start = list(active)
        # Channels take turns so that none of them starves the others of the weekly budget;
        # the one closest to breaking its silence limit goes first.
        active.sort(key=lambda item: (item[0].deadline, item[0].order))
        while active:
            active = [(ch, allowed) for ch, allowed in active if self._turn(ch, allowed, week)]
        for ch, _ in active_at_start:
            if ch.warm_up_weeks:
                ch.warm_up_weeks -= 1

    def _turn(self, ch: _Channel, allowed: list[date], week: Week) -> bool:
        """Place the channel's next move; False once it has nothing left it can place."""
        warm_up = ch.warm_up_weeks > 0
        if not warm_up and self._place_post(ch, allowed, week):
            return True
        cycle = [m for m in WARM_UP_MOVES if m in ch.moves] if warm_up else ch.talk_cycle
        # Work nobody sees waits while the channel must break a silence this week.
        must_show = ch.deadline <= week.last
        # Breaking a silence may borrow up to a week's minutes from the weeks ahead.
        credit = ch.talk_credit + (ch.weekly if must_show else 0)
        for step in range(len(cycle)):
            move = MOVES[cycle[(ch.talk_turn + step) % len(cycle)]]
            if move.minutes > credit or not week.fits(move.minutes):
                continue
            if must_show and not move.visible:
                continue
            slot = week.slot(ch, allowed, move.minutes)
            if slot is None:
                continue
            ch.talk_turn += step + 1
            ch.talk_credit -= move.minutes
            self._commit(week, ch, Placed(ch.name, move.name, slot, move.minutes, warm_up=warm_up))
            return True
        return False

    def _place_post(self, ch: _Channel, allowed: list[date], week: Week) -> bool:
        """Place the channel's next own post and its reply round, if one is due and fits."""
        subject = self._due_announcement(ch, week)
        if subject and self._try_post(ch, allowed, week, "announce", subject):
            ch.announcements += 1
            return True
        n = len(ch.own_cycle)
        if not n or MOVES[ch.own_cycle[ch.own_turn % n]].minutes + REPLY.minutes > ch.post_credit:
            # The next post waits until the channel has saved enough time for it.
            return False
        for step in range(n):
            if self._try_post(ch, allowed, week, ch.own_cycle[(ch.own_turn + step) % n]):
                ch.own_turn += step + 1
                return True
        return False

    def _try_post(
        self, ch: _Channel, allowed: list[date], week: Week, name: str, subject: str = ""
    ) -> bool:
        move = MOVES[name]
        cost = move.minutes + REPLY.minutes
        if cost > ch.post_credit or not week.fits(cost):
            return False
        if not self.share.allows(move.minutes * move.dialogue + REPLY.minutes, cost):
            return False
        placed = week.slot_post(ch, allowed, move.minutes)
        if placed is None:
            return False
        post_at, reply_at = placed
        ch.own_posts += 1
        ch.post_credit -= cost
        self._commit(week, ch, Placed(ch.name, name, post_at, move.minutes, announce=subject))
        follows = len(self.placed) - 1
        self._commit(week, ch, Placed(ch.name, REPLY.name, reply_at, REPLY.minutes, follows))
        return True

    def _due_announcement(self, ch: _Channel, week: Week) -> str:
        """What to announce now, if anything: never more than one in ten own posts."""
        if "announce" not in ch.moves:
            return ""
        if (ch.announcements + 1) * POSTS_PER_ANNOUNCEMENT > ch.own_posts + 1:
            return ""
        return _announceable(self.strategy, week.days, ch.announcements)

    def _commit(self, week: Week, ch: _Channel, entry: Placed) -> None:
        week.book(entry)
        ch.took(entry)
        self.share.add(entry)
        self.placed.append(entry)


def _announceable(strategy: Strategy, open_days: list[date], turn: int) -> str:
    """The turn's event coming up within the lead time or offer running that week, if any."""
    if not open_days:
        return ""
    first, last = open_days[0], open_days[-1]
    subjects = [
        e.title for e in strategy.events
        if last < e.date <= first + timedelta(days=ANNOUNCE_LEAD_DAYS)
    ] + [
        o.title for o in strategy.offers
        if (o.start is None or o.start <= last) and (o.until is None or o.until >= first)
    ]  # fmt: skip
    return subjects[turn % len(subjects)] if subjects else ""


def channel_minutes(strategy: Strategy) -> dict[str, float]:
    """Minutes per week for each channel: its own hours, its share, or an equal part of the rest."""
    budget = strategy.hours_per_week * 60
    fixed = {
        name: plan.hours_per_week * 60 if plan.hours_per_week else (plan.share or 0) * budget
        for name, plan in strategy.channels.items()
        if plan.hours_per_week or plan.share
    }
    rest = [name for name in strategy.channels if name not in fixed]
    remaining = max(budget - sum(fixed.values()), 0.0)
    return {name: fixed.get(name, remaining / len(rest) if rest else 0.0)
            for name in strategy.channels}  # fmt: skip


def _channels(strategy: Strategy) -> list[_Channel]:
    minutes = channel_minutes(strategy)
    result = []
    for order, name in enumerate(strategy.channels):
        spec = strategy.channel(name)
        moves = set(spec.moves)
        if strategy.groups.get(name):
            moves |= {"group-help", "group-ask"}
        if not (strategy.offers or strategy.events):
            moves.discard("announce")
        warm_up = WARM_UP_WEEKS if strategy.channels[name].new else 0
        channel = _Channel(name, spec, frozenset(moves), minutes[name], order, warm_up)
        channel.last_visible = strategy.start - timedelta(days=1)
        result.append(channel)
    return result


def schedule(strategy: Strategy) -> Calendar:
    """The plan's calendar entries, ordered by start and channel."""
    return assign(strategy, _Planner(strategy).run())
