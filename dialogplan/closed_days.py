"""Days the team does not work: public holidays of its region and declared blackouts.

The scheduler keeps them free, and the checks and the report tell followers' silence on
those days apart from neglect.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

from dialogplan.strategy import Strategy


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
