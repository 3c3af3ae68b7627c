"""Scheduling: turn hours per week into dated dialogue moves, one calendar entry each.

The plan is built week by week. Each channel earns minutes every week from its share of the
budget and spends them on the moves that can happen there (:mod:`dialogplan.places`): own
posts (each followed by a reply round on the same channel) from one pool, and work in other
people's conversations from another (:mod:`dialogplan.channel_state`). Some entries are
pinned to a day and placed first in their week: the monthly review and the notes around a
break (:mod:`dialogplan.pinned`). Events and offers take the place of own posts when they
are due (:mod:`dialogplan.announcements`). A channel with groups but none named starts its
group work by finding two. Entries are placed into the channel's days and time windows so
that one person's entries never overlap, public holidays and blackouts stay free, and no
week exceeds the budget (:mod:`dialogplan.placement`); every entry then gets its goal,
topic, group and place (:mod:`dialogplan.assignment`), and the threads through the weeks
are drawn (:mod:`dialogplan.threads`). Last, some entries are given a person from the
team's contacts, in the same slots and minutes (:mod:`dialogplan.people_plan`).

Everything here is deterministic: the same strategy always gives the same calendar.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from dialogplan.announcements import (
    POSTS_PER_ANNOUNCEMENT,
    Announcer,
    Quotas,
    Subject,
    Tally,
    allowed_announcements,
    estimate_quotas,
)
from dialogplan.assignment import assign
from dialogplan.calendar_hooks import AFTERGLOW_MINUTES
from dialogplan.catalogue import WEEKDAYS
from dialogplan.channel_state import FIND_GROUPS_ENTRIES, ChannelState, Share
from dialogplan.closed_days import blocked_days, breaks
from dialogplan.dates import days, minutes_long, mondays, parse_clock, silences
from dialogplan.entry import Calendar
from dialogplan.moves import MOVES, WARM_UP_MOVES
from dialogplan.people_plan import name_people
from dialogplan.pinned import AWAY_SAID, Pin, Quiet, has_notes, pins
from dialogplan.placement import REPLY, Placed, Week
from dialogplan.places import channel_places, possible_moves
from dialogplan.strategy import Strategy
from dialogplan.threads import link

#: Share of the minutes at or above which the plan still counts as dialogue.
DIALOGUE_SHARE = 0.8
#: Own posts may take at most this share of a channel's minutes; the rest goes to others.
OWN_POST_SHARE = 0.5
#: Weeks a new channel spends listening and commenting before its first own post.
WARM_UP_WEEKS = 2
#: How often the plan is made again with smaller announcement quotas when the finished plan
#: shows they were too generous.
REPLANS = 3

#: The order in which a channel's own posts take turns; moves it lacks are skipped.
OWN_POST_CYCLE = ("ask", "story", "group-ask", "share", "ask", "article")
#: The order in which work in others' conversations takes turns.
DIALOGUE_CYCLE = (
    "comment", "group-help", "thank", "connect", "comment", "congratulate",
    "group-help", "meet", "listen",
)  # fmt: skip

#: How long the team sets up before its own event or weekly offer, in minutes: no work then.
SETUP_MINUTES = 60
#: How long an event or a weekly offer with a start time and no end keeps the team busy, in
#: minutes.
EVENT_MINUTES = 120


def _hosting(strategy: Strategy) -> list[tuple[date, int, int]]:
    """The stretches the team spends at its own events, as day and minutes after midnight.

    No work is planned then: a reply round at 19:00 during the evening the team runs is
    work nobody can do. Nor in the hour before it (:data:`SETUP_MINUTES`), while the team
    sets up, nor in the hour after it, while it clears up
    (:data:`~dialogplan.calendar_hooks.AFTERGLOW_MINUTES`): a reply round ten minutes after
    a back-health day closed could neither invite to it nor look back on it yet. An event
    of several days keeps the team busy at its time each day, and an offer that meets every
    week (a run club on Thursdays at 18:30) at its time on each of its days in the plan.
    """
    found = []
    for event in strategy.events:
        if event.time:
            start, stop = _hours(event.time)
            found += [(day, start, stop) for day in days(event.date, event.last_day)]
    plan = list(days(strategy.start, strategy.last_day))
    for offer in strategy.offers:
        if offer.time:
            start, stop = _hours(offer.time)
            found += [(day, start, stop) for day in plan if offer.meets_on(day)]
    return found


def _hours(clock: str) -> tuple[int, int]:
    """The minutes after midnight the team is at something held at ``clock``.

    Setting up and clearing up too: a reply round at 18:00, half an hour before the team's
    own run, is work nobody does (a running shop's reviewer, r231, and a record shop's, r235).
    """
    begin, end = parse_clock(clock)
    start = begin.hour * 60 + begin.minute
    stop = start + (minutes_long(begin, end) if end else EVENT_MINUTES)
    return max(start - SETUP_MINUTES, 0), min(stop + AFTERGLOW_MINUTES, 24 * 60)


__all__ = [
    "DIALOGUE_SHARE",
    "OWN_POST_SHARE",
    "POSTS_PER_ANNOUNCEMENT",
    "WARM_UP_WEEKS",
    "capped_minutes",
    "channel_minutes",
    "schedule",
    "schedule_work",
]


class _Planner:
    """Spends each channel's minutes week by week, taking turns between the channels.

    ``quotas`` caps the announcements, per channel and in all (estimated when None); with
    ``strict``, announcements must keep the dialogue share at every step, like every other post.
    """

    def __init__(
        self,
        strategy: Strategy,
        quotas: Quotas | None = None,
        *,
        strict: bool = False,
        quiet: Quiet = frozenset(),
    ) -> None:
        self.strategy = strategy
        self.first, self.last = strategy.start, strategy.last_day
        self.blocked = blocked_days(strategy)
        self.hosting = _hosting(strategy)
        self.channels = _channels(strategy)
        self.by_name = {ch.name: ch for ch in self.channels}
        self.placed: list[Placed] = []
        self.share = Share(floor=DIALOGUE_SHARE)
        self.strict = strict
        self.day_checks: dict[tuple[str, date, date], bool] = {}
        self.quotas = quotas if quotas is not None else self._estimate_quotas()
        self.announcer = Announcer(strategy, self.quotas, self._has_day)
        self.quiet = quiet
        self.pins = pins(strategy, self.channels, self._is_open, quiet)

    def run(self) -> list[Placed]:
        for week_start in mondays(self.first, self.last):
            self._plan_week(week_start)
        return self.placed

    def _is_open(self, ch: ChannelState, day: date) -> bool:
        """Whether the channel works on ``day``: inside the horizon, its weekday, not closed."""
        return (
            self.first <= day <= self.last
            and day not in self.blocked
            and WEEKDAYS[day.weekday()] in ch.spec.days
        )

    def _has_day(self, channel: str, first: date, last: date) -> bool:
        """Whether the channel works on some day of ``first..last`` (remembered)."""
        key = (channel, first, last)
        if key not in self.day_checks:
            ch = self.by_name[channel]
            found = any(self._is_open(ch, d) for d in days(first, min(last, self.last)))
            self.day_checks[key] = found
        return self.day_checks[key]

    def _estimate_quotas(self) -> Quotas:
        """The announcement quotas, from each channel's open days after its warm-up."""
        warm_end = mondays(self.first, self.first)[0] + timedelta(weeks=WARM_UP_WEEKS)
        open_days = Counter(
            (d.weekday(), d < warm_end)
            for d in days(self.first, self.last)
            if d not in self.blocked
        )
        weeks = {}
        for ch in self.channels:
            worked = sum(
                n
                for (weekday, in_warm_up), n in open_days.items()
                if WEEKDAYS[weekday] in ch.spec.days and not (in_warm_up and ch.warm_up_weeks)
            )
            weeks[ch.name] = worked / len(ch.spec.days)
        return estimate_quotas(self.channels, weeks)

    def _plan_week(self, week_start: date) -> None:
        week_days = list(days(week_start, week_start + timedelta(days=6)))
        open_days = [d for d in week_days if self.first <= d <= self.last and d not in self.blocked]
        budget = int(self.strategy.hours_per_week * 60)
        week = Week(open_days, week_days[-1], budget, self.strategy.zone)
        for day, begin, end in self.hosting:
            week.block(day, begin, end)
        active: list[tuple[ChannelState, list[date]]] = []
        for ch in self.channels:
            allowed = [d for d in open_days if WEEKDAYS[d.weekday()] in ch.spec.days]
            if allowed:
                ch.earn(len(allowed) / len(ch.spec.days), warm_up=ch.warm_up_weeks > 0)
                active.append((ch, allowed))
        for pin in self.pins.get(week_start, ()):
            self._place_pin(pin, week)
        active_at_start = list(active)
        # Channels take turns so that none of them starves the others of the weekly budget;
        # in every round, the one closest to breaking its silence limit goes first.
        while active:
            active.sort(key=lambda item: (item[0].deadline, item[0].order))
            active = [(ch, allowed) for ch, allowed in active if self._turn(ch, allowed, week)]
        for ch, _ in active_at_start:
            ch.finish_week()

    def _place_pin(self, pin: Pin, week: Week) -> None:
        """Place a pinned entry on the first of its days with room, paid from talk credit."""
        ch, move = self.by_name[pin.channel], MOVES[pin.move]
        if not week.fits(move.minutes):
            return
        for day in pin.days:
            slot = week.slot(ch, [day], move.minutes)
            if slot is not None:
                entry = Placed(ch.name, move.name, slot, move.minutes, warm_up=ch.warm_up_weeks > 0)
                self._commit(week, ch, entry, pinned=True)
                return

    def _turn(self, ch: ChannelState, allowed: list[date], week: Week) -> bool:
        """Place the channel's next move; False once it has nothing left it can place."""
        warm_up = ch.warm_up_weeks > 0
        if not warm_up and self._place_post(ch, allowed, week):
            return True
        # Work nobody sees waits while the channel must break a silence this week.
        must_show = ch.deadline <= week.last
        # Breaking a silence may borrow up to a week's minutes from the weeks ahead, and
        # never waits for the minutes a pinned entry took this week.
        credit = ch.talk_credit + (ch.weekly + ch.pinned_minutes if must_show else 0)
        if self._find_groups(ch, allowed, week, must_show=must_show):
            return True
        cycle = self._warm_up_cycle(ch) if warm_up else ch.talk_cycle
        for step in range(len(cycle)):
            name = cycle[(ch.talk_turn + step) % len(cycle)]
            if must_show and not MOVES[name].visible:
                continue
            if self._try_talk(ch, ch.days_for(name, allowed), week, name, credit):
                ch.talk_turn += step + 1
                return True
        return False

    def _find_groups(
        self, ch: ChannelState, allowed: list[date], week: Week, *, must_show: bool
    ) -> bool:
        """Place the week's "find groups" entry while the channel still needs one.

        Like other work nobody sees, it waits while the channel must break a silence, unless
        the channel has nothing to show before it has found its groups; it may borrow up to
        a week's minutes.
        """
        if not ch.find_groups_left or ch.found_this_week:
            return False
        if must_show and ch.shows_without_groups:
            return False
        if not self._try_talk(ch, allowed, week, "find-groups", ch.talk_credit + ch.weekly):
            return False
        ch.find_groups_left -= 1
        ch.found_this_week = True
        return True

    @staticmethod
    def _warm_up_cycle(ch: ChannelState) -> list[str]:
        """A new channel's first moves: listening and joining in, where there is something.

        Nobody mentions an account that is a week old, so there is nothing to thank for at
        its mentions yet.
        """
        places = channel_places(ch.name)
        return [
            m
            for m in WARM_UP_MOVES
            if m in ch.moves and not ((place := places.place_of(m)) and place.known)
        ]

    def _try_talk(
        self, ch: ChannelState, allowed: list[date], week: Week, name: str, credit: float
    ) -> bool:
        move = MOVES[name]
        if not allowed or move.minutes > credit or not week.fits(move.minutes):
            return False
        slot = week.slot(ch, allowed, move.minutes)
        if slot is None:
            return False
        ch.talk_credit -= move.minutes
        warm_up = ch.warm_up_weeks > 0
        self._commit(week, ch, Placed(ch.name, name, slot, move.minutes, warm_up=warm_up))
        return True

    def _place_post(self, ch: ChannelState, allowed: list[date], week: Week) -> bool:
        """Place the channel's next own post and its reply round, if one is due and fits."""
        subject = self.announcer.next(ch, week.last, allowed)
        # An announcement due only after the silence deadline waits for a turn after the
        # deadline is met, unless this is its last chance.
        if subject is not None and (subject.days[0] <= ch.deadline or subject.last_chance):
            post = self._try_post(ch, allowed, week, "announce", subject)
            if post is not None:
                self.announcer.record(ch.name, subject, post.start.date(), week.last)
                ch.announcements += 1
                return True
        n = len(ch.own_cycle)
        if not n or MOVES[ch.own_cycle[ch.own_turn % n]].minutes + REPLY.minutes > ch.post_credit:
            # The next post waits until the channel has saved enough time for it.
            return False
        # An invitation goes out when its event needs it; the other posts keep their rhythm.
        first = ch.first_post_day()
        allowed = [day for day in allowed if day >= first]
        for step in range(n):
            name = ch.own_cycle[(ch.own_turn + step) % n]
            days = ch.days_for(name, allowed)
            if days and self._try_post(ch, days, week, name) is not None:
                ch.own_turn += step + 1
                return True
        return False

    def _try_post(
        self,
        ch: ChannelState,
        allowed: list[date],
        week: Week,
        name: str,
        subject: Subject | None = None,
    ) -> Placed | None:
        move = MOVES[name]
        cost = move.minutes + REPLY.minutes
        if cost > ch.post_credit or not week.fits(cost):
            return None
        # Announcements are few (their quota keeps them so); the finished plan is checked.
        lenient = subject is not None and not self.strict
        if not lenient and not self.share.allows(
            move.minutes * move.dialogue + REPLY.minutes, cost
        ):
            return None
        placed = week.slot_post(ch, allowed, move.minutes, subject.days if subject else None)
        if placed is None:
            return None
        post_at, reply_at = placed
        ch.own_posts += 1
        ch.post_credit -= cost
        ch.last_post = post_at.date()
        title, url = (subject.title, subject.url) if subject else ("", "")
        post = Placed(ch.name, name, post_at, move.minutes, announce=title, url=url)
        self._commit(week, ch, post)
        follows = len(self.placed) - 1
        self._commit(week, ch, Placed(ch.name, REPLY.name, reply_at, REPLY.minutes, follows))
        return post

    def _commit(self, week: Week, ch: ChannelState, entry: Placed, *, pinned: bool = False) -> None:
        week.book(entry)
        if pinned:
            ch.pinned(entry)
        else:
            ch.took(entry)
        self.share.add(entry)
        self.placed.append(entry)

    def overdrawn(self) -> Quotas | None:
        """Smaller quotas, when the announcements broke the one-in-ten rule; else None."""
        tally = Tally.of(self.placed)
        over = {c: allowed_announcements(tally.posts[c]) for c in tally.over()}
        total = tally.plan_allows()
        if not over and sum(tally.announced.values()) <= total:
            return None
        return Quotas({**self.quotas.channels, **over}, min(total, self.quotas.total))

    def too_little_dialogue(self) -> bool:
        return self.share.minutes > 0 and self.share.dialogue < DIALOGUE_SHARE * self.share.minutes

    def quiet_breaks(self) -> Quiet:
        """The breaks, by channel, that the plan left silent too long around, unsaid.

        Silent as the check counts it (:func:`~dialogplan.dates.silences` of visible entries)
        and with no note in the days before (:data:`~dialogplan.pinned.AWAY_SAID`): followers
        wait longer than they tolerate.
        """
        visible: dict[str, set[date]] = {}
        away: dict[str, set[date]] = {}
        for entry in self.placed:
            if MOVES[entry.move].visible:
                visible.setdefault(entry.channel, set()).add(entry.start.date())
            if entry.move == "away":
                away.setdefault(entry.channel, set()).add(entry.start.date())
        pauses = [p for p in breaks(self.strategy) if p.first <= self.last and self.first <= p.last]
        found: set[tuple[str, date]] = set()
        for ch in self.channels:
            if not has_notes(ch.name):
                continue
            tolerance = ch.spec.max_silence_days
            for start, end in silences(visible.get(ch.name, ()), self.first, self.last, tolerance):
                if any(start - d <= AWAY_SAID for d in away.get(ch.name, ()) if d < start):
                    continue
                found.update(
                    (ch.name, p.first) for p in pauses if p.first <= end and start <= p.last
                )
        return frozenset(found - self.quiet)


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


def _post_share(
    own: tuple[str, ...],
    talk: tuple[str, ...],
    per_week: float,
    weekly: float,
    *,
    capped: bool = False,
) -> float:
    """How much of the weekly minutes goes to own posts and their reply rounds.

    A channel with no other work (a newsletter) spends all its minutes on its posts, unless
    the team ``capped`` them with its own ``posts_per_week``: then the rest stays free.
    """
    if not own:
        return 0.0
    cost = sum(MOVES[m].minutes for m in own) / len(own)
    if not talk:
        return min(1.0, per_week * (cost + REPLY.minutes) / weekly) if capped and weekly else 1.0
    if set(talk) == {"meet"}:
        # Only meetings besides own posts (a newsletter): at most one per post.
        return (cost + REPLY.minutes) / (cost + REPLY.minutes + MOVES["meet"].minutes)
    wanted = per_week * (cost + REPLY.minutes)
    return min(OWN_POST_SHARE, wanted / weekly) if weekly else 0.0


def capped_minutes(strategy: Strategy) -> dict[str, tuple[float, float]]:
    """Channels with no work besides posts the team capped: the posts' minutes and the channel's.

    Minutes a week each; the rest of a newsletter's hours stays free under its cap.
    """
    return {
        ch.name: (ch.weekly * ch.post_share, ch.weekly)
        for ch in _channels(strategy)
        if ch.own_cycle
        and not ch.talk_cycle
        and strategy.channels[ch.name].posts_per_week is not None
    }


def _channels(strategy: Strategy) -> list[ChannelState]:
    minutes = channel_minutes(strategy)
    result = []
    for order, name in enumerate(strategy.channels):
        spec = strategy.channel(name)
        moves = set(possible_moves(name, spec.moves))
        if not (strategy.offers or strategy.events):
            moves.discard("announce")
        places = channel_places(name)
        # Group work without named groups starts by finding groups; with them, it needs none.
        unnamed = "find-groups" in moves and not strategy.groups.get(name)
        if not unnamed:
            moves.discard("find-groups")
        own = tuple(m for m in OWN_POST_CYCLE if m in moves)
        talk = tuple(m for m in DIALOGUE_CYCLE if m in moves)
        in_groups = {m for m in moves if (p := places.place_of(m)) and p.kind == "groups"}
        channel = ChannelState(
            name, spec, frozenset(moves), minutes[name], order,
            WARM_UP_WEEKS if strategy.channels[name].new else 0,
            own, talk,
            _post_share(
                own, talk, spec.posts_per_week, minutes[name],
                capped=strategy.channels[name].posts_per_week is not None,
            ),
            group_moves=frozenset(in_groups - {"find-groups"}) if unnamed else frozenset(),
            find_groups_left=FIND_GROUPS_ENTRIES if unnamed else 0,
            last_visible=strategy.start - timedelta(days=1),
            capped=strategy.channels[name].posts_per_week is not None,
        )  # fmt: skip
        result.append(channel)
    return result


def _placed(strategy: Strategy) -> list[Placed]:
    """The placed entries, planned again with smaller quotas while announcements overdraw.

    Then once more, with notes around the breaks the plan turned out silent around, where
    the estimate of :mod:`dialogplan.pinned` said the channel would not need them.
    """
    planner, placed = _kept_in_bounds(_Planner(strategy))
    quiet = planner.quiet_breaks()
    if quiet:
        again = _Planner(strategy, planner.quotas, strict=planner.strict, quiet=quiet)
        planner, placed = _kept_in_bounds(again)
    return placed


def _kept_in_bounds(planner: _Planner) -> tuple[_Planner, list[Placed]]:
    """A planner's entries, planned again while announcements overdraw or dialogue runs thin.

    The notes around quiet breaks take the place of own posts, so a plan with them is held
    to the quotas again: a newsletter left with three issues cannot keep its announcement.
    """
    placed = planner.run()
    for attempt in range(REPLANS):
        over, lean = planner.overdrawn(), planner.too_little_dialogue()
        if over is None and not lean:
            break
        quotas = over or planner.quotas
        if attempt == REPLANS - 1:
            quotas = quotas.without_any()
        planner = _Planner(
            planner.strategy, quotas, strict=planner.strict or lean, quiet=planner.quiet
        )
        placed = planner.run()
    return planner, placed


def schedule_work(strategy: Strategy) -> Calendar:
    """The plan's entries before any is named for a person.

    The people check names them again with other intervals, to suggest one that holds.
    """
    return link(strategy, assign(strategy, _placed(strategy)))


def schedule(strategy: Strategy) -> Calendar:
    """The plan's calendar entries, ordered by start and channel, some named for a contact."""
    return name_people(strategy, schedule_work(strategy))
