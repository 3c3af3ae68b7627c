"""A channel's running state while the scheduler spends its minutes week by week.

Each channel earns minutes every week from its share of the budget and keeps them in two
pools: one for own posts and their reply rounds, one for work in other people's
conversations. It remembers whose turn it is in its cycles of moves, when followers last saw
it, and whether it has found the groups its group work needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from dialogplan.catalogue import ChannelSpec, parse_window
from dialogplan.moves import MOVES
from dialogplan.placement import REPLY, Placed

#: How many "find groups" entries open the group work of a channel whose groups are unnamed.
FIND_GROUPS_ENTRIES = 2
#: Of the average distance between a rare channel's own posts, how much at least lies
#: between two of them.
RHYTHM = 0.6
#: Work that starts a conversation a meeting may carry on.
MEETING_OPENERS = frozenset({"reply", "connect"})


@dataclass
class ChannelState:
    """A channel's running state across the weeks of the plan."""

    name: str
    spec: ChannelSpec
    #: The moves that can happen on this channel (:func:`dialogplan.places.possible_moves`).
    moves: frozenset[str]
    weekly: float
    order: int
    warm_up_weeks: int
    #: The own posts and the other work the channel takes turns with, in order.
    own_cycle: tuple[str, ...]
    talk_cycle: tuple[str, ...]
    #: How much of the weekly minutes goes to own posts and their reply rounds.
    post_share: float
    #: Moves that happen in groups the team must first find (no groups named); else empty.
    group_moves: frozenset[str] = frozenset()
    post_credit: float = 0.0
    talk_credit: float = 0.0
    own_turn: int = 0
    talk_turn: int = 0
    own_posts: int = 0
    announcements: int = 0
    spread: int = 0
    #: The last day followers saw something happen on the channel, and the day of its last
    #: own post.
    last_visible: date = date.min
    last_post: date = date.min
    #: Whether the team set the channel's own ``posts_per_week``: its posts keep that rhythm.
    capped: bool = False
    #: "Find groups" entries still to plan; whether one was planned this week; the first day
    #: group work may happen (the day after the first "find groups" entry).
    find_groups_left: int = 0
    found_this_week: bool = False
    groups_from: date | None = None
    #: Conversations that may lead to a meeting (reply rounds, contact requests), and meetings.
    openers: int = 0
    meets: int = 0
    #: Minutes of this week's pinned entries (review, the notes around a break), and the
    #: latest visible day among them not yet counted against the silence.
    pinned_minutes: int = 0
    pinned_visible: date = date.min

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
    def shows_without_groups(self) -> bool:
        """Whether the channel has visible work that needs no groups found first."""
        return any(
            MOVES[m].visible and m not in self.group_moves
            for m in (*self.own_cycle, *self.talk_cycle)
        )

    def days_for(self, move: str, allowed: list[date]) -> list[date]:
        """The days of ``allowed`` the move can be planned on now.

        Group work waits until groups are found, and a meeting needs a conversation to take
        offline: never more meetings than reply rounds and contact requests before them.
        """
        if move == "meet" and self.meets >= self.openers:
            return []
        if move not in self.group_moves:
            return allowed
        start = self.groups_from
        return [] if start is None else [d for d in allowed if d >= start]

    def first_post_day(self) -> date:
        """The first day the next own post may go out on: a rare channel's posts keep a rhythm.

        A fortnightly newsletter sent its issues on 11 and 15 March, then not until 7 April
        (r432): saved-up minutes paid for two at once. Where the team set how often the
        channel posts, posts that come less often than weekly keep at least :data:`RHYTHM`
        of their average distance apart.
        """
        if not self.capped or self.last_post == date.min or not self.own_cycle:
            return date.min
        cost = sum(MOVES[m].minutes for m in self.own_cycle) / len(self.own_cycle) + REPLY.minutes
        earned = self.weekly * self.post_share
        if not earned or cost <= earned:
            return date.min
        return self.last_post + timedelta(days=int(7 * cost / earned * RHYTHM))

    def finish_week(self) -> None:
        """Close a week the channel worked in: warm-up counts down, found groups open."""
        if self.warm_up_weeks:
            self.warm_up_weeks -= 1
        self.found_this_week = False
        self.last_visible = max(self.last_visible, self.pinned_visible)
        self.pinned_visible = date.min
        self.pinned_minutes = 0

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

    def pinned(self, entry: Placed) -> None:
        """Note a pinned entry, paid from talk credit.

        Pinned entries are placed before the week's other work, but may lie late in the
        week: one counts against the silence only once it comes before the deadline, so the
        other work still keeps followers from waiting too long before it.
        """
        self.talk_credit -= entry.minutes
        self.pinned_minutes += entry.minutes
        if MOVES[entry.move].visible:
            self.pinned_visible = max(self.pinned_visible, entry.start.date())
        self.spread += 1
        self._settle()

    def _settle(self) -> None:
        if self.pinned_visible <= self.deadline:
            self.last_visible = max(self.last_visible, self.pinned_visible)
            self.pinned_visible = date.min

    def took(self, entry: Placed) -> None:
        """Note an entry placed on the channel."""
        if MOVES[entry.move].visible:
            self.last_visible = max(self.last_visible, entry.start.date())
            self._settle()
        self.spread += 1
        self.openers += entry.move in MEETING_OPENERS
        self.meets += entry.move == "meet"
        if entry.move == "find-groups" and self.groups_from is None:
            self.groups_from = entry.start.date() + timedelta(days=1)


@dataclass
class Share:
    """The plan's minutes so far and how many of them count as dialogue."""

    minutes: int = 0
    dialogue: float = 0.0
    #: Dialogue share the plan keeps at least.
    floor: float = 0.8

    def allows(self, weighted: float, cost: int) -> bool:
        """Whether ``cost`` more minutes, ``weighted`` of them dialogue, keep the share."""
        return self.dialogue + weighted >= self.floor * (self.minutes + cost)

    def add(self, entry: Placed) -> None:
        """Count a placed entry's minutes."""
        self.minutes += entry.minutes
        self.dialogue += entry.minutes * MOVES[entry.move].dialogue
