"""Clock changes: no entry starts or ends at a wall-clock time that is skipped or repeated.

Such a time names no instant or two, and calendar apps resolve it differently, so the same
entry would stand at different hours on different devices. The strategies here work through
the night of a clock change in zones with both transitions, in both hemispheres.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogplan.catalogue import WEEKDAYS
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy, parse_strategy

ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney"]
#: Channels allowed on every weekday, so a Sunday transition night can be worked.
CHANNELS = ["facebook-group", "instagram", "threads", "pinterest", "tiktok"]


def transitions(zone: ZoneInfo, year: int) -> list[date]:
    """The days of a year on which the zone's clocks change."""
    first = date(year, 1, 1)
    days = [
        first + timedelta(days=n) for n in range(366) if (first + timedelta(days=n)).year == year
    ]
    return [d for d in days if _noon_offset(d, zone) != _noon_offset(d - timedelta(days=1), zone)]


def _noon_offset(day: date, zone: ZoneInfo) -> timedelta | None:
    return datetime(day.year, day.month, day.day, 12, tzinfo=zone).utcoffset()


def unclear(moment: datetime, zone: ZoneInfo) -> bool:
    """Whether the wall-clock time is skipped or repeated in the zone."""
    wall = moment.replace(tzinfo=None)
    return (
        wall.replace(tzinfo=zone, fold=0).utcoffset()
        != wall.replace(tzinfo=zone, fold=1).utcoffset()
    )


@st.composite
def night_strategies(draw: st.DrawFn) -> Strategy:
    """Strategies whose windows cover the small hours around a clock change."""
    timezone = draw(st.sampled_from(ZONES))
    change = draw(st.sampled_from(transitions(ZoneInfo(timezone), draw(st.integers(2026, 2029)))))
    start = change - timedelta(days=draw(st.integers(7, 13)))
    channels: dict[str, Any] = {}
    for name in draw(st.lists(st.sampled_from(CHANNELS), min_size=1, max_size=3, unique=True)):
        begin = draw(st.integers(0, 2))
        end = draw(st.integers(max(begin + 1, 3), 5))
        minute = draw(st.sampled_from(["00", "15", "30", "45"]))
        channels[name] = {
            "days": list(WEEKDAYS),
            "windows": [f"{begin:02d}:{minute}-{end:02d}:{minute}"],
        }
    data = {
        "client": "nachtwache",
        "name": "Nachtwache",
        "language": "de",
        "timezone": timezone,
        "start": start,
        "end": change + timedelta(days=draw(st.integers(1, 10))),
        "hours_per_week": draw(st.sampled_from([2, 5, 12])),
        "audience": "Menschen, die nachts arbeiten",
        "goals": [{"id": "nacht", "text": "Mit Nachtschichtlern ins Gespräch kommen"}],
        "topics": [{"title": "Schlaf am Tag", "kind": "theme"}],
        "channels": channels,
    }
    return parse_strategy(yaml.safe_dump(data, allow_unicode=True), "nacht.yaml")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(night_strategies())
def test_no_entry_starts_or_ends_at_a_skipped_or_repeated_time(strategy: Strategy) -> None:
    """Every start and end names exactly one instant, and an entry lasts what it is planned for."""
    zone = strategy.zone
    for entry in schedule(strategy):
        assert not unclear(entry.start, zone), entry
        assert not unclear(entry.end, zone), entry
        lasts = entry.end.astimezone(UTC) - entry.start.astimezone(UTC)
        assert lasts == timedelta(minutes=entry.minutes), entry


def test_the_transitions_are_the_ones_the_zones_have() -> None:
    """The helper finds both changes a year, in spring and autumn of each hemisphere."""
    assert transitions(ZoneInfo("Europe/Berlin"), 2027) == [date(2027, 3, 28), date(2027, 10, 31)]
    assert transitions(ZoneInfo("America/New_York"), 2027) == [date(2027, 3, 14), date(2027, 11, 7)]
    assert transitions(ZoneInfo("Australia/Sydney"), 2027) == [date(2027, 4, 4), date(2027, 10, 3)]
