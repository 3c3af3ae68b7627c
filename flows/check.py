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
from functools import partial
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from dialogplan.activity_log import LoggedActivity
from dialogplan.findings import Finding
from dialogplan.people_check import TierRow
from dialogplan.pipeline import Outputs
from dialogplan.reality import ActivityCheck
from dialogplan.strategy import Strategy
from flows.files import read_activity, read_strategy, write_outputs
from flows.isolation import children_stopped_on_exit
from flows.job import build_in_child, today_in
from flows.publish import log_findings, publish_findings
from flows.revising import revised_at

__all__ = ["CheckResult", "check_activity", "run_check"]


@dataclass(frozen=True)
class CheckResult:
    """What a check found, for the command line and for callers of the flow."""

    client: str
    out_dir: Path
    findings: list[Finding]
    activity: ActivityCheck | None
    paths: list[Path]
    #: Counts per tier of the contacts file: never a name.
    people: tuple[TierRow, ...] = ()


@dataclass(frozen=True)
class Loaded:
    """A validated strategy and, if the team keeps one, its activity log."""

    strategy: Strategy
    log: tuple[LoggedActivity, ...] | None


@task(name="load", persist_result=False, cache_policy=NO_CACHE)
async def load(strategy_path: Path, activity_path: Path | None) -> Loaded:
    """Read and validate the strategy and, if given, the activity log."""
    strategy = read_strategy(strategy_path)
    log = read_activity(activity_path, strategy) if activity_path is not None else None
    return Loaded(strategy, log)


@task(name="build", persist_result=False, cache_policy=NO_CACHE)
async def build(loaded: Loaded, as_of: date) -> Outputs:
    """Rebuild the plan the team works from and hold the log against it up to ``as_of``.

    The plan is deterministic, so it is the same plan. The report reads no prompts, so the
    team's own templates are not needed (and a broken one cannot stop the weekly check).
    """
    with children_stopped_on_exit():
        return await asyncio.to_thread(
            partial(
                build_in_child,
                loaded.strategy,
                log=loaded.log,
                as_of=as_of,
                # The calendars built here are not written: no earlier revisions needed.
                revised_at=revised_at(loaded.strategy),
                what=f"checking {loaded.strategy.client}",
            )
        )


@task(name="report", persist_result=False, cache_policy=NO_CACHE)
async def write_report(report: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write report.md and report.html next to the calendar files.

    The calendars are left as their subscribers know them: a check changes no plan. The
    new generation carries them over and replaces the report.
    """
    return await asyncio.to_thread(partial(write_outputs, report, out_dir, carry=True))


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
    loaded = await load(strategy_path, activity_path)
    strategy = loaded.strategy
    day = as_of if as_of is not None else today_in(strategy)
    target = out_dir if out_dir is not None else Path("out") / strategy.client
    outputs = await build(loaded, day)
    paths = await write_report(outputs.report(), target)
    log_findings(get_run_logger(), outputs.findings)
    await publish_findings(strategy, outputs.findings)
    return CheckResult(
        strategy.client, target, outputs.findings, outputs.activity, paths, outputs.people.tiers
    )


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
