"""What a finding's suggestion would do, tried before it is given.

A suggestion that was never tried sent teams round in circles: "more minutes on LinkedIn"
that went to other moves, "more hours for a channel that announces" on the wrong channel.
A finding that offers more time makes the plan again with it and offers the fewest minutes
that do what it promises, or none.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from dialogplan.entry import Calendar
from dialogplan.schedule import channel_minutes, schedule_work
from dialogplan.strategy import Strategy

#: More minutes a week on a channel tried, fewest first, before more time is suggested.
MORE_MINUTES = (15, 30, 60)

#: Whether a plan made with a changed strategy does what the suggestion promises.
Keeps = Callable[[Strategy, Calendar], bool]


#: More minutes a week for each of some channels: channel name to minutes.
Extras = Mapping[str, int]


def more_minutes(
    strategy: Strategy, channels: Sequence[str], keeps: Keeps, tries: Sequence[int] = MORE_MINUTES
) -> int | None:
    """The fewest of ``tries`` more minutes a week on each channel with which ``keeps`` holds."""
    found = fewest_extras(strategy, [dict.fromkeys(channels, extra) for extra in tries], keeps)
    return None if found is None else max(found.values())


def fewest_extras(strategy: Strategy, tries: Sequence[Extras], keeps: Keeps) -> Extras | None:
    """The first of ``tries``, fewest first, with which ``keeps`` holds; None if none does."""
    for extras in tries:
        trial = with_extras(strategy, extras)
        if keeps(trial, schedule_work(trial)):
            return extras
    return None


def more_posts(
    strategy: Strategy, channel: str, keeps: Keeps, tries: Sequence[float]
) -> float | None:
    """The fewest of ``tries`` posts a week on a capped channel with which ``keeps`` holds."""
    for posts in tries:
        plan = strategy.channels[channel].model_copy(update={"posts_per_week": posts})
        trial = strategy.model_copy(update={"channels": {**strategy.channels, channel: plan}})
        trial = trial.with_people(strategy.people)
        if keeps(trial, schedule_work(trial)):
            return posts
    return None


def with_more_minutes(strategy: Strategy, channels: Sequence[str], extra: int) -> Strategy:
    """The strategy as a team gets it by following :func:`budget_after` to the letter."""
    return with_extras(strategy, dict.fromkeys(channels, extra))


def with_extras(strategy: Strategy, extras: Extras) -> Strategy:
    """The strategy as a team gets it by following :func:`budget_with` to the letter."""
    changed, total = _after(strategy, extras)
    plans = {
        name: strategy.channels[name].model_copy(update={"share": None, "hours_per_week": hours})
        for name, hours in changed.items()
    }
    update = {"channels": {**strategy.channels, **plans}, "hours_per_week": total}
    return strategy.model_copy(update=update).with_people(strategy.people)


def budget_after(strategy: Strategy, channels: Sequence[str], extra: int) -> str:
    """The strategy's numbers ``extra`` more minutes on each channel were tried with."""
    return budget_with(strategy, dict.fromkeys(channels, extra))


def budget_with(strategy: Strategy, extras: Extras) -> str:
    """The strategy's numbers the extra minutes were tried with, as a suggestion names them.

    The channel's own hours and the total: a team that raised only the total saw the
    minutes go to other channels, and the finding stay. A channel's share becomes the hours
    it has now, the others' too: a share would grow with the total, and the channels would
    ask for more than it. Those come last, after what the suggestion is about.
    """
    changed, total = _after(strategy, extras)
    own = [_own_hours(strategy, name, changed[name]) for name in changed if name in extras]
    if total != strategy.hours_per_week:
        own.append(f"hours_per_week {strategy.hours_per_week:g} → {total:g}")
    # The others' shares turned into hours come last, said as what they are for: writers
    # read a list of every channel's new line as many changes where one was meant.
    kept = [_own_hours(strategy, name, hours) for name, hours in changed.items()
            if name not in extras]  # fmt: skip
    if not kept:
        return ", ".join(own)
    return f"{', '.join(own)}; so that the other channels keep their minutes: {', '.join(kept)}"


def idle_minutes(strategy: Strategy) -> float:
    """Minutes a week of the budget that no channel gets, when every one has hours or a share."""
    return max(strategy.hours_per_week * 60 - sum(channel_minutes(strategy).values()), 0.0)


def _after(strategy: Strategy, extras: Extras) -> tuple[dict[str, float], float]:
    """The hours a week of the channels that change, and the new total, as a team writes them.

    Those raised and those given by a share now get hours of their own, in hundredths of an
    hour: a raised channel's rounded up, so that it reaches what was tried, the others'
    rounded down, and the total up by what the rounding added, so that the channels never
    ask for more than it. Minutes no channel gets (:func:`idle_minutes`) are used first.
    """
    minutes = channel_minutes(strategy)
    raised = {name: hundredths(minutes[name] + extra, math.ceil) for name, extra in extras.items()}
    kept = {
        name: hundredths(minutes[name], math.floor)
        for name, plan in strategy.channels.items()
        if name not in extras and plan.share is not None
    }
    rounding = sum(raised.values()) * 60 - sum(minutes[name] + e for name, e in extras.items())
    more = max(sum(extras.values()) + rounding - idle_minutes(strategy), 0.0)
    total = strategy.hours_per_week * 60 + more
    hours = {**raised, **kept}
    changed = {name: hours[name] for name in strategy.channels if name in hours}  # plan order
    return changed, hundredths(total, math.ceil)


def hundredths(minutes: float, rounding: Callable[[float], int] = math.ceil) -> float:
    """Minutes as hours in hundredths, rounded the given way (a float's noise aside)."""
    return rounding(round(minutes / 60 * 100, 6)) / 100


def _own_hours(strategy: Strategy, channel: str, hours: float) -> str:
    """The channel's own hours as tried: raised, given with its share removed, or new."""
    plan = strategy.channels[channel]
    field = f"channels.{channel}.hours_per_week"
    if plan.hours_per_week is not None:
        return f"{field} {plan.hours_per_week:g} → {hours:g}"
    if plan.share is not None:
        # "in place of its share" left a writer unsure whether to keep share as well (r484
        # writer): the share goes, since it would grow with the new total. "(it grows with
        # the total)" left two asking what "it" was (r547, r553 writers), and brackets inside
        # the suggestion's brackets were hard to read (r579 writer): the arrow says it all.
        return f"channels.{channel}.share {plan.share:g} → {field} {hours:g}"
    # A bare new value read as a change to a line the writer never wrote (r655 writer): the
    # channel gets part of the hours no other channel has, said as a share is, in words read
    # at once ("its 0.75 of the hours left over" was read three times, r668 writer).
    now = hundredths(channel_minutes(strategy)[channel], round)
    return f"the {now:g} hours it now gets from what is left over → {field} {hours:g}"
