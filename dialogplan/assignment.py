"""What each placed entry is about: its goal, topic and group, taking turns fairly.

Goals take turns per month and topics so that every goal meets every topic; a reply round
continues the conversation of the post it follows up. Every entry also gets a UID that stays
the same across reruns, so calendar subscribers see no churn.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from dialogplan.entry import Calendar, Entry
from dialogplan.moves import MOVES
from dialogplan.placement import Placed
from dialogplan.strategy import Strategy


def assign(strategy: Strategy, placed: list[Placed]) -> Calendar:
    """Give every entry its goal, topic and group, fairly per month, and a stable UID."""
    order = sorted(range(len(placed)), key=lambda i: (placed[i].start, placed[i].channel))
    turns = _Turns(strategy)
    per_day: Counter[tuple[str, date]] = Counter()
    seq: Counter[tuple[str, str]] = Counter()
    zone = strategy.zone
    done: dict[int, Entry] = {}
    for i in order:
        entry = placed[i]
        if entry.follows is not None:
            post = done[entry.follows]
            goal, topic, group, follows_up = post.goal, post.topic, post.group, post.uid
        else:
            goal, topic, group = turns.next(entry)
            follows_up = ""
        day = entry.start.date()
        per_day[(entry.channel, day)] += 1
        # fold=0 picks the first of two equal wall-clock times when the clocks go back.
        start = entry.start.replace(tzinfo=zone)
        done[i] = Entry(
            uid=f"{strategy.client}.{entry.channel}.{day:%Y%m%d}."
            f"{per_day[(entry.channel, day)]}@dialogplan",
            start=start,
            end=(entry.start + timedelta(minutes=entry.minutes)).replace(tzinfo=zone),
            channel=entry.channel,
            move=entry.move,
            goal=goal,
            topic=topic,
            minutes=entry.minutes,
            follows_up=follows_up,
            group=group,
            announce=entry.announce,
            seq=seq[(entry.channel, entry.move)],
            warm_up=entry.warm_up,
        )
        seq[(entry.channel, entry.move)] += 1
    return tuple(done[i] for i in order)


class _Turns:
    """Whose turn it is: goals fairly per month, topics so that each goal meets each topic."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        self.goal_ids = [g.id for g in strategy.goals]
        self.month_goals: Counter[tuple[str, str]] = Counter()
        self.month_topics: Counter[tuple[str, str]] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.topic_total: Counter[str] = Counter()
        self.group_use: Counter[tuple[str, str]] = Counter()
        self.group_channels = {
            name for name in strategy.channels if "group-ask" in strategy.channel(name).moves
        }

    def next(self, entry: Placed) -> tuple[str, str, str]:
        """The goal, topic and group of the next entry that starts a piece of work."""
        strategy, month = self.strategy, f"{entry.start:%Y-%m}"
        eligible = strategy.goals_of(entry.channel)
        goal = min(eligible, key=lambda g: (self.month_goals[(month, g)], self.goal_ids.index(g)))
        topic = min(
            strategy.topics,
            key=lambda t: (
                self.pairs[(goal, t)],
                self.month_topics[(month, t)],
                self.topic_total[t],
                strategy.topics.index(t),
            ),
        )
        self.month_goals[(month, goal)] += 1
        self.month_topics[(month, topic)] += 1
        self.pairs[(goal, topic)] += 1
        self.topic_total[topic] += 1
        return goal, topic, self._group(entry)

    def _group(self, entry: Placed) -> str:
        groups = self.strategy.groups.get(entry.channel, [])
        if not groups or not (
            MOVES[entry.move].needs_group or entry.channel in self.group_channels
        ):
            return ""
        group = min(groups, key=lambda g: (self.group_use[(entry.channel, g)], groups.index(g)))
        self.group_use[(entry.channel, group)] += 1
        return group
