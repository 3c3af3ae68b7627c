"""Calendar quarters: which quarter a team plans next, and when to start planning it.

Agencies plan quarter by quarter, a couple of weeks ahead, so the team can read the next
quarter's calendar before it begins. The strategy file stays the same; only its horizon
moves on to the next quarter.
"""

from __future__ import annotations

from datetime import date, timedelta

from dialogplan.schedule import WARM_UP_WEEKS
from dialogplan.strategy import Strategy

__all__ = [
    "MAX_LEAD_DAYS",
    "next_quarter_start",
    "planning_days",
    "quarter_end",
    "quarter_label",
    "quarter_start",
    "quarter_strategy",
]

#: The longest lead that names the same day of the year in every year: one more day and
#: the planning day before 1 April would fall on 29 February or 1 March, depending on the year.
MAX_LEAD_DAYS = 31
_FIRST_MONTHS = (1, 4, 7, 10)


def quarter_start(day: date) -> date:
    """The first day of the quarter that ``day`` lies in."""
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def next_quarter_start(day: date) -> date:
    """The first day of the first quarter that begins after ``day``.

    On a quarter's first day that quarter has already begun, so the answer is the one after:
    a planning run looks ahead, never at the quarter the team is already working in.
    """
    start = quarter_start(day)
    year, month = divmod(start.month - 1 + 3, 12)
    return date(start.year + year, month + 1, 1)


def quarter_end(start: date) -> date:
    """The last day of the quarter that ``start`` lies in."""
    return next_quarter_start(start) - timedelta(days=1)


def quarter_label(day: date) -> str:
    """The quarter ``day`` lies in, as ``2027-Q1``: sorts by time and reads the same everywhere."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def planning_days(lead_days: int) -> list[tuple[int, int]]:
    """The (month, day) that lies ``lead_days`` before each quarter's first day.

    Up to :data:`MAX_LEAD_DAYS` the answer is the same in every year, leap or not, so a
    yearly repeating schedule can name these days exactly.
    """
    if not 1 <= lead_days <= MAX_LEAD_DAYS:
        raise ValueError(f"lead_days must be between 1 and {MAX_LEAD_DAYS}, not {lead_days}")
    days = [date(2001, month, 1) - timedelta(days=lead_days) for month in _FIRST_MONTHS]
    return sorted((d.month, d.day) for d in days)


def quarter_strategy(strategy: Strategy, start: date) -> Strategy | None:
    """The strategy with its horizon moved to the quarter beginning on ``start``.

    The quarter is clipped to the strategy's own start, so nothing is planned before the
    team means to begin; ``None`` when the team begins only after that quarter. A channel
    marked ``new`` keeps its listening weeks only if the team has not had them yet: by the
    next quarter they have long been on it.
    """
    first = max(start, strategy.start)
    last = quarter_end(start)
    if first > last:
        return None
    channels = strategy.channels
    if first - strategy.start >= timedelta(weeks=WARM_UP_WEEKS):
        channels = {
            name: plan.model_copy(update={"new": False}) if plan.new else plan
            for name, plan in channels.items()
        }
    update: dict[str, object] = {"start": first, "months": None, "end": last, "channels": channels}
    return strategy.model_copy(update=update)
