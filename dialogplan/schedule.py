"""Scheduling: turn hours per week into dated dialogue moves, one row per calendar entry.

The plan is built week by week. Each channel earns minutes every week from its share of the
budget and spends them on moves: own posts (each followed by a reply round on the same
channel) from one pool, and work in other people's conversations from another. Entries are
then placed into the channel's days and time windows so that one person's entries never
overlap, public holidays and blackouts stay free, and no week exceeds the budget.

Everything here is deterministic: the same strategy always gives the same calendar.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property, lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo

import holidays
import pandas as pd

from dialogplan.catalogue import WEEKDAYS, ChannelSpec, parse_window
from dialogplan.moves import MOVES, WARM_UP_MOVES
from dialogplan.strategy import Strategy

COLUMNS = [
    "uid", "start", "end", "channel", "move", "goal", "topic", "minutes",
    "follows_up", "group", "announce", "seq", "warm_up",
]  # fmt: skip

#: Share of the minutes at or above which the plan still counts as dialogue.
DIALOGUE_SHARE = 0.8
#: At most this many own posts per announcement.
POSTS_PER_ANNOUNCEMENT = 10
#: Own posts may take at most this share of a channel's minutes; the rest goes to others.
OWN_POST_SHARE = 0.5
#: Weeks a new channel spends listening and commenting before its first own post.
WARM_UP_WEEKS = 2
#: A reply round on the same day starts at least this many minutes after its post.
REPLY_DELAY = 180
#: An event is announced in the weeks before it, at most this many days ahead.
ANNOUNCE_LEAD_DAYS = 28

#: The order in which a channel's own posts take turns; moves it lacks are skipped.
OWN_POST_CYCLE = ("ask", "story", "group-ask", "share", "ask", "article")
#: The order in which work in others' conversations takes turns.
DIALOGUE_CYCLE = (
    "comment", "group-help", "thank", "connect", "comment", "congratulate",
    "group-help", "meet", "listen",
)  # fmt: skip

REPLY = MOVES["reply"]


@dataclass(frozen=True, slots=True)
class _Placed:
    """One entry as the scheduler places it, before goals and topics are assigned."""

    channel: str
    move: str
    start: datetime  # local wall time, naive
    minutes: int
    follows: int | None = None  # index of the own post a reply round follows up
    announce: str = ""
    warm_up: bool = False


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


@dataclass
class _Week:
    """Who is busy when, within one calendar week."""

    days: list[date]
    last: date  # the Sunday
    budget: int
    used: int = 0
    busy: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    load: Counter[tuple[str, date]] = field(default_factory=Counter)


class _Planner:
    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        self.zone = strategy.zone
        self.first, self.last = strategy.start, strategy.last_day
        self.blocked = blocked_days(strategy)
        self.channels = _channels(strategy)
        self.placed: list[_Placed] = []
        self.dialogue_minutes = 0.0
        self.minutes = 0

    def run(self) -> list[_Placed]:
        monday = self.first - timedelta(days=self.first.weekday())
        while monday <= self.last:
            self._plan_week(monday)
            monday += timedelta(days=7)
        return self.placed

    # -- one week ---------------------------------------------------------------------------

    def _plan_week(self, monday: date) -> None:
        days = [monday + timedelta(days=i) for i in range(7)]
        open_days = [d for d in days if self.first <= d <= self.last and d not in self.blocked]
        week = _Week(open_days, days[-1], int(self.strategy.hours_per_week * 60))
        week.busy = {d: [] for d in open_days}
        active: list[tuple[_Channel, list[date]]] = []
        for ch in self.channels:
            allowed = [d for d in open_days if WEEKDAYS[d.weekday()] in ch.spec.days]
            if allowed:
                self._earn(ch, len(allowed) / len(ch.spec.days), warm_up=ch.warm_up_weeks > 0)
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

    def _earn(self, ch: _Channel, fraction: float, *, warm_up: bool) -> None:
        earned = ch.weekly * fraction
        post_share = 0.0 if warm_up else ch.post_share
        biggest_post = max((MOVES[m].minutes for m in ch.own_cycle), default=0)
        ch.post_credit = min(
            ch.post_credit + earned * post_share,
            max(2 * ch.weekly * post_share, biggest_post + REPLY.minutes),
        )
        ch.talk_credit = min(ch.talk_credit + earned * (1 - post_share), max(ch.weekly, 60))

    def _turn(self, ch: _Channel, allowed: list[date], week: _Week) -> bool:
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
            if move.minutes > credit or week.used + move.minutes > week.budget:
                continue
            if must_show and not move.visible:
                continue
            slot = self._slot(ch, allowed, week, move.minutes)
            if slot is None:
                continue
            ch.talk_turn += step + 1
            ch.talk_credit -= move.minutes
            self._commit(week, ch, _Placed(ch.name, move.name, slot, move.minutes, warm_up=warm_up))
            return True
        return False

    def _place_post(self, ch: _Channel, allowed: list[date], week: _Week) -> bool:
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
        self, ch: _Channel, allowed: list[date], week: _Week, name: str, subject: str = ""
    ) -> bool:
        move = MOVES[name]
        cost = move.minutes + REPLY.minutes
        if cost > ch.post_credit or week.used + cost > week.budget:
            return False
        weighted = move.minutes * move.dialogue + REPLY.minutes
        if self.dialogue_minutes + weighted < DIALOGUE_SHARE * (self.minutes + cost):
            return False
        placed = self._slot_post(ch, allowed, week, move.minutes)
        if placed is None:
            return False
        post_at, reply_at = placed
        ch.own_posts += 1
        ch.post_credit -= cost
        self._commit(week, ch, _Placed(ch.name, name, post_at, move.minutes, announce=subject))
        follows = len(self.placed) - 1
        self._commit(week, ch, _Placed(ch.name, REPLY.name, reply_at, REPLY.minutes, follows))
        return True

    def _due_announcement(self, ch: _Channel, week: _Week) -> str:
        """What to announce now, if anything: never more than one in ten own posts."""
        if "announce" not in ch.moves:
            return ""
        if (ch.announcements + 1) * POSTS_PER_ANNOUNCEMENT > ch.own_posts + 1:
            return ""
        return self._announceable(week, ch.announcements)

    def _announceable(self, week: _Week, turn: int) -> str:
        if not week.days:
            return ""
        first, last = week.days[0], week.days[-1]
        subjects = [
            e.title for e in self.strategy.events
            if last < e.date <= first + timedelta(days=ANNOUNCE_LEAD_DAYS)
        ] + [
            o.title for o in self.strategy.offers
            if (o.start is None or o.start <= last) and (o.until is None or o.until >= first)
        ]  # fmt: skip
        return subjects[turn % len(subjects)] if subjects else ""

    def _commit(self, week: _Week, ch: _Channel, entry: _Placed) -> None:
        day = entry.start.date()
        begin = entry.start.hour * 60 + entry.start.minute
        week.busy[day].append((begin, begin + entry.minutes))
        week.busy[day].sort()
        week.load[(ch.name, day)] += 1
        if MOVES[entry.move].visible:
            ch.last_visible = max(ch.last_visible, day)
        week.used += entry.minutes
        self.minutes += entry.minutes
        self.dialogue_minutes += entry.minutes * MOVES[entry.move].dialogue
        ch.spread += 1
        self.placed.append(entry)

    # -- finding time -------------------------------------------------------------------------

    def _by_load(self, ch: _Channel, days: list[date], week: _Week) -> list[date]:
        """The channel's days, least busy first, so its work spreads over the week.

        Days up to the channel's silence deadline come first (or, once it has passed, the
        earliest days), so followers never wait longer than they tolerate when the week
        allows it.
        """
        n, deadline, shift = len(days), ch.deadline, ch.spread + ch.order
        ranked = sorted(
            (max(d, deadline), week.load[(ch.name, d)], (i - shift) % n, d)
            for i, d in enumerate(days)
        )
        return [d for *_, d in ranked]

    def _slot(
        self, ch: _Channel, days: list[date], week: _Week, minutes: int, not_before: int = 0
    ) -> datetime | None:
        for day in self._by_load(ch, days, week):
            found = self._free(ch, day, week, minutes, not_before)
            if found is not None:
                return found
        return None

    def _slot_post(
        self, ch: _Channel, days: list[date], week: _Week, minutes: int
    ) -> tuple[datetime, datetime] | None:
        """A time for an own post and, the same day or the next allowed one, its reply round."""
        for day in self._by_load(ch, days, week):
            post = self._free(ch, day, week, minutes)
            if post is None:
                continue
            begin = post.hour * 60 + post.minute
            # Reserve the post's time while looking for its reply round.
            week.busy[day].append((begin, begin + minutes))
            week.busy[day].sort()
            later = [d for d in days if d > day][:1]
            reply = self._free(ch, day, week, REPLY.minutes, begin + minutes + REPLY_DELAY)
            if reply is None and later:
                reply = self._free(ch, later[0], week, REPLY.minutes)
            week.busy[day].remove((begin, begin + minutes))
            if reply is not None:
                return post, reply
        return None

    def _free(
        self, ch: _Channel, day: date, week: _Week, minutes: int, not_before: int = 0
    ) -> datetime | None:
        """The earliest start inside the channel's windows that overlaps nothing else."""
        busy = week.busy[day]
        # Start from a different window each time so the work spreads over the day.
        turn = ch.spread % len(ch.windows)
        for begin, end in ch.windows[turn:] + ch.windows[:turn]:
            at = max(begin, not_before)
            while at + minutes <= end:
                clash = next((b for b in busy if b[0] < at + minutes and b[1] > at), None)
                if clash is None:
                    start = datetime.combine(day, datetime.min.time()) + timedelta(minutes=at)
                    if _exists(start, self.zone) and _exists(
                        start + timedelta(minutes=minutes), self.zone
                    ):
                        return start
                    at += 15
                else:
                    at = clash[1]
        return None


def _exists(local: datetime, zone: ZoneInfo) -> bool:
    """False for wall-clock times skipped when the clocks go forward."""
    aware = local.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == local


def blocked_days(strategy: Strategy) -> dict[date, str]:
    """Public holidays of the strategy's region and its declared blackouts, with their names."""
    days: dict[date, str] = {}
    if strategy.region:
        days.update(_holidays(strategy.region, strategy.start.year, strategy.last_day.year))
    for blackout in strategy.blackout:
        span = (blackout.end - blackout.start).days
        reason = blackout.reason or "blackout"
        days.update((blackout.start + timedelta(days=i), reason) for i in range(span + 1))
    return days


@lru_cache(maxsize=256)
def _holidays(region: str, first_year: int, last_year: int) -> Mapping[date, str]:
    """A region's public holidays by day, built once per region and years.

    The schedule, the checks and the report all ask, and an agency's clients mostly share a
    few regions; the holiday tables take a millisecond or more to build each time.
    """
    country, _, subdiv = region.partition("-")
    years = range(first_year, last_year + 1)
    found = holidays.country_holidays(country, subdiv=subdiv or None, years=years)
    return MappingProxyType(dict(found))


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


def _assign(strategy: Strategy, placed: list[_Placed]) -> pd.DataFrame:
    """Give every entry its goal, topic and group, fairly per month, and a stable UID."""
    order = sorted(range(len(placed)), key=lambda i: (placed[i].start, placed[i].channel))
    goal_ids = [g.id for g in strategy.goals]
    month_goals: Counter[tuple[str, str]] = Counter()
    month_topics: Counter[tuple[str, str]] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    topic_total: Counter[str] = Counter()
    group_use: Counter[tuple[str, str]] = Counter()
    per_day: Counter[tuple[str, date]] = Counter()
    seq: Counter[tuple[str, str]] = Counter()
    group_channels = {
        name for name in strategy.channels if "group-ask" in strategy.channel(name).moves
    }
    rows: dict[int, dict[str, object]] = {}
    for i in order:
        entry = placed[i]
        month = f"{entry.start:%Y-%m}"
        groups = strategy.groups.get(entry.channel, [])
        if entry.follows is not None:
            post = rows[entry.follows]
            goal, topic, group = post["goal"], post["topic"], post["group"]
        else:
            eligible = strategy.goals_of(entry.channel)
            goal = min(eligible, key=lambda g: (month_goals[(month, g)], goal_ids.index(g)))
            topic = min(
                strategy.topics,
                key=lambda t: (
                    pairs[(str(goal), t)],
                    month_topics[(month, t)],
                    topic_total[t],
                    strategy.topics.index(t),
                ),
            )
            group = ""
            if groups and (MOVES[entry.move].needs_group or entry.channel in group_channels):
                group = min(groups, key=lambda g: (group_use[(entry.channel, g)], groups.index(g)))
                group_use[(entry.channel, group)] += 1
            month_goals[(month, str(goal))] += 1
            month_topics[(month, str(topic))] += 1
            pairs[(str(goal), str(topic))] += 1
            topic_total[str(topic)] += 1
        per_day[(entry.channel, entry.start.date())] += 1
        uid = (
            f"{strategy.client}.{entry.channel}.{entry.start:%Y%m%d}."
            f"{per_day[(entry.channel, entry.start.date())]}@dialogplan"
        )
        rows[i] = {
            "uid": uid,
            "start": entry.start,
            "end": entry.start + timedelta(minutes=entry.minutes),
            "channel": entry.channel,
            "move": entry.move,
            "goal": goal,
            "topic": topic,
            "minutes": entry.minutes,
            "follows_up": "" if entry.follows is None else rows[entry.follows]["uid"],
            "group": group,
            "announce": entry.announce,
            "seq": seq[(entry.channel, entry.move)],
            "warm_up": entry.warm_up,
        }
        seq[(entry.channel, entry.move)] += 1
    frame = pd.DataFrame([rows[i] for i in order], columns=COLUMNS)
    zone = strategy.zone
    starts = [placed[i].start for i in order]
    ends = [placed[i].start + timedelta(minutes=placed[i].minutes) for i in order]
    for column, local in (("start", starts), ("end", ends)):
        # fold=0 picks the first of two equal wall-clock times when the clocks go back.
        # Converted to UTC one by one, the times reach pandas naive, which it reads quickly.
        utc = [t.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None) for t in local]
        frame[column] = pd.to_datetime(utc, utc=True).tz_convert(strategy.timezone)
    frame["minutes"] = frame["minutes"].astype("int64")
    frame["seq"] = frame["seq"].astype("int64")
    frame["warm_up"] = frame["warm_up"].astype(bool)
    return frame


def schedule(strategy: Strategy) -> pd.DataFrame:
    """The plan's calendar entries, one row each, ordered by start and channel."""
    return _assign(strategy, _Planner(strategy).run())
