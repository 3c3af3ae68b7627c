"""The reality check: what a team actually did, held against its plan.

Comparing the activity log (:mod:`dialogplan.activity_log`) with the plan shows channels that
have gone quiet in reality, and channels drifting away from the plan before the silence shows.

How the comparison counts
-------------------------

- Everything up to and including the check day (``as_of``) counts. Rows dated after it are
  reported as ``future-activity`` (warning) and not counted.
- A logged activity without a move counts the channel's average planned minutes per entry
  (over the whole plan; for a channel with nothing planned, the average of its moves), so
  "done" minutes stay comparable with "planned" minutes. With a move, the move's minutes.
- Silence is counted in days without any logged activity on a channel between the plan's
  start and ``as_of``: between activities on days A and B lie B − A − 1 silent days; before
  the first activity, first − start; after the last one, as_of − last. A stretch longer than
  the channel's ``max_silence_days`` is a ``silent`` finding (error); exactly that many days
  is fine. Holidays and blackouts count: followers see the silence either way.
- ``days_since`` in the last-seen table counts the same way: as_of − last activity, or, for a
  channel without any activity so far, every day since the plan started
  (as_of − start + 1). So ``days_since > max_silence_days`` always means "silent now".
- A channel is ``drifting`` (warning) when fewer than half of its planned entries were done
  in two or more weeks running. Only finished weeks (Monday to Sunday, all on or before
  ``as_of``) with planned entries count; a week with nothing planned neither counts nor
  breaks the run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import astuple, dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeAlias, TypeVar

from dialogplan.activity_log import LoggedActivity
from dialogplan.dates import monday, mondays, silences
from dialogplan.entry import Entry
from dialogplan.findings import Finding, Severity, sort_findings
from dialogplan.labels import channel_label
from dialogplan.moves import MOVES
from dialogplan.strategy import Strategy

if TYPE_CHECKING:
    import pandas as pd

#: Columns of :meth:`ActivityCheck.weekly_frame`: the fields of :class:`WeekTally`.
WEEKLY_COLUMNS = [
    "channel", "week", "planned_entries", "planned_minutes", "done_entries", "done_minutes",
]  # fmt: skip
#: Columns of :meth:`ActivityCheck.last_seen_frame`: the fields of :class:`ChannelSeen`.
LAST_SEEN_COLUMNS = ["channel", "last", "days_since", "max_silence_days"]

_T = TypeVar("_T", int, float)
#: Minutes per channel and week (its Monday), one item per entry or activity.
_ByWeek: TypeAlias = defaultdict[tuple[str, date], list[_T]]


@dataclass(frozen=True, slots=True)
class WeekTally:
    """One channel's planned and done work in one week (``week`` is its Monday)."""

    channel: str
    week: date
    planned_entries: int
    planned_minutes: int
    done_entries: int
    done_minutes: int


@dataclass(frozen=True, slots=True)
class ChannelSeen:
    """Per channel: the last recorded activity and the days since then."""

    channel: str
    #: None while nothing has been logged on the channel.
    last: date | None
    days_since: int
    max_silence_days: int


@dataclass(frozen=True)
class ActivityCheck:
    """The outcome of holding an activity log against the plan, up to a given day."""

    as_of: date
    #: Per channel, in the strategy's order, and per week up to the check day.
    weekly: tuple[WeekTally, ...]
    #: Per channel, in the strategy's order.
    last_seen: tuple[ChannelSeen, ...]
    findings: list[Finding]

    def weekly_frame(self) -> pd.DataFrame:
        """The weekly tallies as a table with :data:`WEEKLY_COLUMNS`, for people and artifacts."""
        import pandas as pd  # noqa: PLC0415 - pandas only for frames, not for planning

        frame = pd.DataFrame([astuple(w) for w in self.weekly], columns=WEEKLY_COLUMNS)
        return frame.astype(dict.fromkeys(WEEKLY_COLUMNS[2:], "int64"))

    def last_seen_frame(self) -> pd.DataFrame:
        """The last-seen rows as a table with :data:`LAST_SEEN_COLUMNS`."""
        import pandas as pd  # noqa: PLC0415 - pandas only for frames, not for planning

        frame = pd.DataFrame([astuple(s) for s in self.last_seen], columns=LAST_SEEN_COLUMNS)
        return frame.astype({"days_since": "int64", "max_silence_days": "int64"})


def compare(
    strategy: Strategy, entries: Sequence[Entry], log: Sequence[LoggedActivity], as_of: date
) -> ActivityCheck:
    """Hold a parsed activity log against the plan, counting everything up to ``as_of``.

    ``entries`` is the plan (as :func:`dialogplan.schedule.schedule` makes it) and ``log``
    comes from :func:`dialogplan.activity_log.parse_activity`. The module docstring says how
    days, minutes and weeks are counted. A log naming channels the strategy does not plan
    cannot come from ``parse_activity``, so it raises ValueError rather than being half
    counted.
    """
    planned_channels = list(strategy.channels)
    unknown = sorted({activity.channel for activity in log} - set(planned_channels))
    if unknown:
        raise ValueError(f"the log names channels this strategy does not plan: {unknown}")
    planned = _planned(entries, as_of)
    done, active, findings = _done(strategy, entries, log, as_of)
    weeks = mondays(strategy.start, min(as_of, strategy.last_day))
    weekly = tuple(
        WeekTally(
            channel,
            week,
            len(planned[(channel, week)]),
            sum(planned[(channel, week)]),
            len(done[(channel, week)]),
            round(sum(done[(channel, week)])),
        )
        for channel in planned_channels
        for week in weeks
    )
    last_seen = []
    for channel in planned_channels:
        last_seen.append(_seen(strategy, channel, active[channel], as_of))
        findings.extend(_silences(strategy, channel, active[channel], as_of))
        findings.extend(_drifts(strategy, channel, weekly, as_of))
    return ActivityCheck(as_of, weekly, tuple(last_seen), sort_findings(findings))


def _planned(entries: Sequence[Entry], as_of: date) -> _ByWeek[int]:
    """The minutes of every entry due by ``as_of``, per channel and week."""
    planned: _ByWeek[int] = defaultdict(list)
    for entry in entries:
        day = entry.start.date()
        if day <= as_of:
            planned[(entry.channel, monday(day))].append(entry.minutes)
    return planned


def _done(
    strategy: Strategy, entries: Sequence[Entry], log: Sequence[LoggedActivity], as_of: date
) -> tuple[_ByWeek[float], defaultdict[str, set[date]], list[Finding]]:
    """What the log counts by ``as_of``.

    Minutes per channel and week, the active days per channel, and a finding for every row
    dated after the check day.
    """
    average = _average_minutes(strategy, entries)
    findings: list[Finding] = []
    done: _ByWeek[float] = defaultdict(list)
    active: defaultdict[str, set[date]] = defaultdict(set)
    for activity in log:
        channel, day, move = activity.channel, activity.day, activity.move
        if day > as_of:
            findings.append(_future(activity.line, channel, day, as_of))
            continue
        active[channel].add(day)
        done[(channel, monday(day))].append(MOVES[move].minutes if move else average[channel])
    return done, active, findings


def _average_minutes(strategy: Strategy, entries: Sequence[Entry]) -> dict[str, float]:
    """What a logged activity without a move is worth: the channel's average planned entry."""
    minutes: defaultdict[str, list[int]] = defaultdict(list)
    for entry in entries:
        minutes[entry.channel].append(entry.minutes)
    averages: dict[str, float] = {}
    for channel in strategy.channels:
        if planned := minutes[channel]:
            averages[channel] = sum(planned) / len(planned)
        else:
            moves = strategy.channel(channel).moves
            averages[channel] = sum(MOVES[m].minutes for m in moves) / len(moves)
    return averages


def _seen(strategy: Strategy, channel: str, active: set[date], as_of: date) -> ChannelSeen:
    """A channel's last activity and the days since: see the module docstring."""
    last = max(active, default=None)
    since = (as_of - last).days if last else (as_of - strategy.start).days + 1
    return ChannelSeen(channel, last, max(since, 0), strategy.channel(channel).max_silence_days)


def _future(line: int, channel: str, day: date, as_of: date) -> Finding:
    return Finding(
        code="future-activity",
        severity=Severity.WARNING,
        channel=channel,
        start=day,
        end=day,
        message=(
            f"line {line} of the activity log is dated {day.isoformat()}, "
            f"after the check day {as_of.isoformat()}; it is not counted"
        ),
        suggestion=(
            "Log an activity once it has happened; if the date is a typo (year or month?), "
            "correct it."
        ),
    )


def _silences(
    strategy: Strategy, channel: str, active: set[date], as_of: date
) -> Iterator[Finding]:
    """Every stretch without activity in the plan up to ``as_of`` longer than tolerated."""
    tolerance = strategy.channel(channel).max_silence_days
    label = channel_label(channel, strategy.language)
    # After the plan's last day the next plan takes over; its own check speaks for it.
    until = min(as_of, strategy.last_day)
    for first, last in silences(active, strategy.start, until, tolerance):
        ongoing = last == until
        days = (last - first).days + 1
        if ongoing and first == strategy.start:
            what = f"nothing logged since the plan started on {first.isoformat()}"
        elif ongoing:
            what = f"nothing logged since {(first - timedelta(days=1)).isoformat()}"
        else:
            what = f"nothing logged from {first.isoformat()} to {last.isoformat()}"
        yield Finding(
            code="silent",
            severity=Severity.ERROR,
            channel=channel,
            start=first,
            end=last,
            message=(
                f"{label}: {what}, {days} days of silence; followers tolerate {tolerance} at most"
            ),
            suggestion=_silence_advice(label, ongoing=ongoing),
        )


def _silence_advice(label: str, *, ongoing: bool) -> str:
    """Break a silence still going on now; keep a past one from coming back."""
    if ongoing:
        return (
            f"Post a question or a reply round on {label} this week, or drop the channel "
            "openly: a half-kept presence looks worse than none."
        )
    return (
        f"Keep a fixed weekly slot for {label} so a silence like this does not recur, "
        "or drop the channel openly: a half-kept presence looks worse than none."
    )


def _drifts(
    strategy: Strategy, channel: str, weeks: Sequence[WeekTally], as_of: date
) -> Iterator[Finding]:
    """Runs of two or more finished weeks in which under half of the planned entries were done."""
    label = channel_label(channel, strategy.language)
    counted = [
        w
        for w in weeks
        if w.channel == channel and w.planned_entries and w.week + timedelta(days=6) <= as_of
    ]
    run: list[WeekTally] = []
    for week in [*counted, None]:
        if week is not None and 2 * week.done_entries < week.planned_entries:
            run.append(week)
            continue
        if len(run) >= 2:
            planned = sum(w.planned_entries for w in run)
            done = sum(w.done_entries for w in run)
            yield Finding(
                code="drifting",
                severity=Severity.WARNING,
                channel=channel,
                start=run[0].week,
                end=run[-1].week + timedelta(days=6),
                message=(
                    f"{label}: {done} of {planned} planned entries done in {len(run)} weeks "
                    "running, under half of the plan each week"
                ),
                suggestion=(
                    f"Block the time for {label} in your own calendar, or trim its plan to what "
                    "you really manage: a plan nobody follows stops telling you anything."
                ),
            )
        run = []
