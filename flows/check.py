"""The reality check as a Prefect flow: plan checks plus a team's activity log, weekly.

Scheduled once a week per client, it tells a team which channels have gone quiet in
reality and which are drifting from the plan, while there is still time to act. The
health report lands next to the calendar files, and the findings are published as
Prefect artifacts, so an agency sees every client's state in one place.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from dialogplan.activity import ActivityCheck, compare
from dialogplan.checks import check_plan
from dialogplan.findings import Finding, sort_findings
from dialogplan.report import report_files
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy
from dialogplan.summary import summarize
from flows.client import today_in
from flows.files import read_activity, read_strategy, write_outputs
from flows.publish import publish_findings

__all__ = ["CheckResult", "check_activity", "run_check"]


@dataclass(frozen=True)
class CheckResult:
    """What a check found, for the command line and for callers of the flow."""

    client: str
    out_dir: Path
    findings: list[Finding]
    activity: ActivityCheck | None
    paths: list[Path]


@task(name="load", persist_result=False, cache_policy=NO_CACHE)
async def load(
    strategy_path: Path, activity_path: Path | None
) -> tuple[Strategy, pd.DataFrame | None]:
    """Read and validate the strategy and, if given, the activity log."""
    strategy = read_strategy(strategy_path)
    log = read_activity(activity_path, strategy) if activity_path is not None else None
    return strategy, log


@task(name="schedule", persist_result=False, cache_policy=NO_CACHE)
async def schedule_entries(strategy: Strategy) -> pd.DataFrame:
    """Rebuild the plan the team works from; it is deterministic, so it is the same plan."""
    return await asyncio.to_thread(schedule, strategy)


@task(name="check", persist_result=False, cache_policy=NO_CACHE)
async def check(
    strategy: Strategy, calendar: pd.DataFrame, log: pd.DataFrame | None, as_of: date
) -> tuple[list[Finding], ActivityCheck | None]:
    """Check the plan and, with a log, what was actually done up to ``as_of``."""
    findings = check_plan(strategy, calendar)
    activity = compare(strategy, calendar, log, as_of) if log is not None else None
    if activity is not None:
        findings = sort_findings([*findings, *activity.findings])
    return findings, activity


@task(name="report", persist_result=False, cache_policy=NO_CACHE)
async def write_report(
    strategy: Strategy,
    calendar: pd.DataFrame,
    findings: list[Finding],
    activity: ActivityCheck | None,
    out_dir: Path,
) -> list[Path]:
    """Write report.md and report.html next to the calendar files."""
    files = await asyncio.to_thread(
        report_files, strategy, calendar, findings, summarize(calendar, strategy), activity
    )
    return await asyncio.to_thread(write_outputs, files, out_dir)


@flow(name="check-activity", persist_result=False, log_prints=False)
async def check_activity(
    strategy_path: Path,
    activity_path: Path | None = None,
    as_of: date | None = None,
    out_dir: Path | None = None,
) -> CheckResult:
    """Check a client's plan, and what the team actually did, and write the health report.

    ``as_of`` defaults to today in the strategy's time zone; ``out_dir`` to ``out/<client>``.
    """
    strategy, log = await load(strategy_path, activity_path)
    day = as_of if as_of is not None else today_in(strategy)
    target = out_dir if out_dir is not None else Path("out") / strategy.client
    calendar = await schedule_entries(strategy)
    findings, activity = await check(strategy, calendar, log, day)
    paths = await write_report(strategy, calendar, findings, activity, target)
    logger = get_run_logger()
    for finding in findings:
        logger.info("%s %s: %s", finding.severity, finding.code, finding.message)
    await publish_findings(strategy, findings)
    return CheckResult(strategy.client, target, findings, activity, paths)


def run_check(
    strategy_path: str | Path,
    activity_path: str | Path | None = None,
    as_of: date | None = None,
    out_dir: str | Path | None = None,
) -> CheckResult:
    """Run the flow to completion from synchronous code such as the command line."""
    return asyncio.run(
        check_activity(
            Path(strategy_path),
            Path(activity_path) if activity_path is not None else None,
            as_of,
            Path(out_dir) if out_dir is not None else None,
        )
    )
