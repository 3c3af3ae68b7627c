"""Each client's two scheduled deployments, built from a folder of client folders.

- ``quarterly-<client>`` runs :func:`flows.quarter.plan_next_quarter` ``lead_days`` before
  each quarter begins, at ``quarterly_hour`` o'clock in the client's time zone;
- ``weekly-check-<client>`` runs :func:`flows.quarter.weekly_check` on ``weekly_cron``
  (Mondays at 07:00 by default), also in the client's time zone.

A folder that cannot be planned (an invalid strategy, none at all, a client slug another
folder claims too) is skipped with the reason; the others are served.
"""

# ruff: noqa: PLC0415 - Prefect loads when serve starts, not when this module is imported
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from dialogplan.errors import InputError
from dialogplan.quarters import planning_days
from dialogplan.strategy import Strategy
from flows.clients import scan_folders
from flows.files import read_overrides, read_strategy

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

__all__ = [
    "LEAD_DAYS",
    "QUARTERLY_FLOW",
    "QUARTERLY_HOUR",
    "WEEKLY_CRON",
    "WEEKLY_FLOW",
    "ClientJobs",
    "NextRun",
    "Scan",
    "next_runs",
    "quarterly_crons",
    "scan_clients",
]

LEAD_DAYS = 14
WEEKLY_CRON = "0 7 * * 1"
QUARTERLY_HOUR = 6
QUARTERLY_FLOW = "plan-next-quarter"
WEEKLY_FLOW = "weekly-check"


def quarterly_crons(lead_days: int = LEAD_DAYS, hour: int = QUARTERLY_HOUR) -> list[str]:
    """Cron expressions that fire exactly ``lead_days`` before every quarter's first day.

    The months before the quarters differ in length (December and March have 31 days, June
    and September 30), so one expression per day of the month is needed.
    """
    if not 0 <= hour <= 23:
        raise ValueError(f"quarterly_hour must be between 0 and 23, not {hour}")
    months_by_day: dict[int, list[int]] = {}
    for month, day in planning_days(lead_days):
        months_by_day.setdefault(day, []).append(month)
    return [
        f"0 {hour} {day} {','.join(str(m) for m in sorted(months))} *"
        for day, months in sorted(months_by_day.items())
    ]


@dataclass(frozen=True)
class ClientJobs:
    """One client's two deployments, and what they were built from."""

    client: str
    strategy_path: Path
    timezone: str
    deployments: tuple[RunnerDeployment, ...] = field(compare=False)


@dataclass(frozen=True)
class NextRun:
    """When a deployment runs next, on the clock of its client's time zone."""

    deployment: str
    timezone: str
    when: datetime


@dataclass(frozen=True)
class Scan:
    """The clients that can be served, and the folders that cannot, with the reason."""

    clients: list[ClientJobs]
    skipped: dict[Path, str]


def _deployments(
    strategy_path: Path,
    strategy: Strategy,
    out_dir: Path,
    lead_days: int,
    weekly_cron: str,
    quarterly_hour: int,
) -> tuple[RunnerDeployment, ...]:
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    from flows.quarter import plan_next_quarter, weekly_check

    client, name, timezone = strategy.client, strategy.name, strategy.timezone
    parameters = {"strategy_path": str(strategy_path), "out_dir": str(out_dir)}
    tags = ["dialogplan", client]
    quarterly = RunnerDeployment.from_flow(
        plan_next_quarter,
        name=f"quarterly-{client}",
        schedules=[
            Cron(cron, timezone=timezone, slug=f"quarterly-{n}")
            for n, cron in enumerate(quarterly_crons(lead_days, quarterly_hour))
        ],
        parameters=parameters,
        tags=tags,
        description=f"The next quarter's calendar for {name}, {lead_days} days ahead ({timezone}).",
        # By module, not by file: runs find the flow wherever serve was started from.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    weekly = RunnerDeployment.from_flow(
        weekly_check,
        name=f"weekly-check-{client}",
        schedules=[Cron(weekly_cron, timezone=timezone, slug="weekly")],
        parameters=parameters,
        tags=tags,
        description=f"The neglect check for {name}, against its activity log ({timezone}).",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    return quarterly, weekly


def scan_clients(
    plans_dir: Path,
    out_dir: Path,
    lead_days: int = LEAD_DAYS,
    weekly_cron: str = WEEKLY_CRON,
    quarterly_hour: int = QUARTERLY_HOUR,
) -> Scan:
    """Every client folder's deployments; a folder that cannot be planned is skipped.

    Skipped, with the reason: an invalid strategy, a folder without one, and every folder
    of a client slug claimed twice (serving either would overwrite the other's calendars).

    Paths are made absolute, so runs do not depend on the directory serve was started in.
    """
    clients: list[ClientJobs] = []
    skipped: dict[Path, str] = {}
    for folder in scan_folders(plans_dir.absolute()):
        path = folder.strategy
        try:
            if folder.problem is not None:
                raise folder.problem
            strategy = read_strategy(path)
            read_overrides(strategy, path)
        except InputError as exc:
            skipped[folder.folder] = str(exc)
            continue
        deployments = _deployments(
            path, strategy, out_dir.absolute(), lead_days, weekly_cron, quarterly_hour
        )
        clients.append(ClientJobs(strategy.client, path, strategy.timezone, deployments))
    return Scan(clients, skipped)


async def _first_date(deployment: RunnerDeployment, after: datetime) -> datetime | None:
    """The earliest date any of the deployment's cron schedules fires on, from ``after`` on.

    Worked out with the Prefect server's own schedule arithmetic (DST included), so it is the
    run the server will plan, without waiting for its scheduler.
    """
    from prefect.client.schemas.schedules import CronSchedule as ClientCron
    from prefect.server.schemas.schedules import CronSchedule

    dates: list[datetime] = []
    for item in deployment.schedules or []:
        if not item.active or not isinstance(item.schedule, ClientCron):
            continue
        cron = item.schedule
        schedule = CronSchedule(cron=cron.cron, timezone=cron.timezone, day_or=cron.day_or)
        dates += await schedule.get_dates(n=1, start=after)
    return min(dates, default=None)


async def next_runs(clients: Iterable[ClientJobs], after: datetime) -> list[NextRun]:
    """One next run per deployment, however many cron expressions its schedule needs.

    The quarterly deployment has one expression per day of the month it fires on; listing
    each would show the deployment twice. Ordered by time, then name.
    """
    runs = []
    for jobs in clients:
        zone = ZoneInfo(jobs.timezone)
        for deployment in jobs.deployments:
            first = await _first_date(deployment, after)
            if first is not None:
                when = datetime.fromtimestamp(first.timestamp(), zone)
                runs.append(NextRun(deployment.name, jobs.timezone, when))
    return sorted(runs, key=lambda run: (run.when, run.deployment))
