"""What a finding's suggestion would do, tried before it is given.

A suggestion that was never tried sent teams round in circles: "more minutes on LinkedIn"
that went to other moves, "more hours for a channel that announces" on the wrong channel.
A finding that offers more time makes the plan again with it and offers the fewest minutes
that do what it promises, or none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dialogplan.entry import Calendar
from dialogplan.schedule import channel_minutes, schedule_work
from dialogplan.strategy import Strategy

#: More minutes a week on a channel tried, fewest first, before more time is suggested.
MORE_MINUTES = (15, 30, 60)

#: Whether a plan made with a changed strategy does what the suggestion promises.
Keeps = Callable[[Strategy, Calendar], bool]


def more_minutes(strategy: Strategy, channels: Sequence[str], keeps: Keeps) -> int | None:
    """The fewest of :data:`MORE_MINUTES` a week on each channel with which ``keeps`` holds."""
    for extra in MORE_MINUTES:
        trial = with_more_minutes(strategy, channels, extra)
        if keeps(trial, schedule_work(trial)):
            return extra
    return None


def with_more_minutes(strategy: Strategy, channels: Sequence[str], extra: int) -> Strategy:
    """The strategy with ``extra`` minutes a week more on each channel, the others as now."""
    minutes = channel_minutes(strategy)
    plans = {
        name: plan.model_copy(
            update={
                "share": None,
                "hours_per_week": (minutes[name] + (extra if name in channels else 0)) / 60,
            }
        )
        for name, plan in strategy.channels.items()
    }
    hours = strategy.hours_per_week + extra * len(channels) / 60
    changed = strategy.model_copy(update={"channels": plans, "hours_per_week": hours})
    return changed.with_people(strategy.people)


def budget_after(strategy: Strategy, channels: Sequence[str], extra: int) -> str:
    """The strategy's numbers the extra minutes were tried with, as a suggestion names them.

    Both the channel's own hours and the total: a team that raised only the total saw the
    minutes go to other channels, and the finding stay.
    """
    minutes = channel_minutes(strategy)
    own = [_own_hours(strategy, name, minutes[name] + extra) for name in channels]
    total = strategy.hours_per_week * 60
    return ", ".join(
        [*own, f"hours_per_week {_hours(total)} → {_hours(total + extra * len(channels))}"]
    )


def _own_hours(strategy: Strategy, channel: str, minutes: float) -> str:
    """The channel's own hours as tried: raised, given in place of its share, or new."""
    plan = strategy.channels[channel]
    field = f"channels.{channel}.hours_per_week"
    if plan.hours_per_week is not None:
        return f"{field} {plan.hours_per_week:g} → {_hours(minutes)}"
    if plan.share is not None:
        return f"{field} {_hours(minutes)} in place of its share {plan.share:g}"
    return f"{field} {_hours(minutes)}"


def _hours(minutes: float) -> str:
    return f"{round(minutes / 60, 2):g}"
