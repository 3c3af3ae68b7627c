"""The plan as a Prefect flow: one task per pipeline stage, never one per calendar entry.

Running it through Prefect gives a team a record of every run, its logs and a summary
artifact in the Prefect UI, and lets a server re-plan on a schedule. The flow is async on
purpose: a sync flow waits for a heartbeat thread at the end of every run (a second or more),
an async one does not. The stages are CPU-bound pandas work, so each task hands it to a
worker thread and the event loop stays free for Prefect's own traffic.

Nothing is written until every file's bytes are ready, so a failing run leaves the files
that calendar subscribers already read untouched.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from prefect import flow, task
from prefect.artifacts import acreate_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger
from prefect.runtime import flow_run

from dialogplan.checks import check_plan
from dialogplan.findings import Finding
from dialogplan.render import render
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy
from dialogplan.summary import HEADINGS, display_rows, summarize
from flows.client import client_files
from flows.files import (
    read_overrides,
    read_strategy,
    write_outputs,
)
from flows.publish import publish_findings

__all__ = ["PlanResult", "plan", "run_plan", "summary_markdown"]


@dataclass(frozen=True)
class Loaded:
    """A validated strategy and the team's own templates."""

    strategy: Strategy
    overrides: dict[str, str]


@dataclass(frozen=True)
class Exported:
    """Every output file's bytes, ready to be written in one go."""

    files: dict[str, bytes]
    #: Channels dropped from the strategy whose old feed now gets an empty calendar.
    retired: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PlanResult:
    """What a run produced, for the command line and for callers of the flow."""

    client: str
    out_dir: Path
    summary: pd.DataFrame
    findings: list[Finding]
    paths: list[Path]
    retired: list[str]
    flow_run_id: str | None


@task(name="load", persist_result=False, cache_policy=NO_CACHE)
async def load(strategy_path: Path) -> Loaded:
    """Read and validate the strategy and the team's templates; fail before any work."""
    strategy = read_strategy(strategy_path)
    return Loaded(strategy, read_overrides(strategy, strategy_path))


@task(name="schedule", persist_result=False, cache_policy=NO_CACHE)
async def schedule_entries(strategy: Strategy) -> pd.DataFrame:
    """Place the dialogue moves on the calendar."""
    return await asyncio.to_thread(schedule, strategy)


@task(name="render", persist_result=False, cache_policy=NO_CACHE)
async def render_prompts(
    strategy: Strategy, calendar: pd.DataFrame, overrides: dict[str, str]
) -> pd.DataFrame:
    """Give every entry its title and prompt."""
    return await asyncio.to_thread(render, strategy, calendar, overrides)


@task(name="check", persist_result=False, cache_policy=NO_CACHE)
async def check(strategy: Strategy, calendar: pd.DataFrame) -> list[Finding]:
    """Look for neglected channels before anyone works through the plan."""
    return await asyncio.to_thread(check_plan, strategy, calendar)


@task(name="export", persist_result=False, cache_policy=NO_CACHE)
async def export_files(
    strategy: Strategy, calendar: pd.DataFrame, findings: list[Finding], out_dir: Path
) -> Exported:
    """Build every output file's bytes: calendars, CSV, the health report, empty old feeds."""
    files, retired = await asyncio.to_thread(
        client_files, strategy, calendar, findings, None, out_dir
    )
    return Exported(files, retired)


@task(name="write", persist_result=False, cache_policy=NO_CACHE)
async def write_files(files: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Replace each output file atomically."""
    return await asyncio.to_thread(write_outputs, files, out_dir)


def summary_markdown(strategy: Strategy, summary: pd.DataFrame, out_dir: Path) -> str:
    """The per-channel summary as a markdown table for the Prefect UI."""
    lines = [
        f"# {strategy.name}",
        "",
        f"{strategy.start} – {strategy.last_day}, {strategy.hours_per_week:g} h per week; "
        f"files in `{out_dir}`",
        "",
        "| " + " | ".join(HEADINGS) + " |",
        "|---|---:|---:|---|---|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in display_rows(summary)]
    return "\n".join(lines) + "\n"


@flow(name="plan", persist_result=False, log_prints=False)
async def plan(strategy_path: Path, out_dir: Path | None = None) -> PlanResult:
    """Turn one strategy file into its calendar files.

    ``out_dir`` defaults to ``out/<client>`` below the current directory.
    """
    loaded = await load(strategy_path)
    strategy = loaded.strategy
    target = out_dir if out_dir is not None else Path("out") / strategy.client
    scheduled = await schedule_entries(strategy)
    calendar = await render_prompts(strategy, scheduled, loaded.overrides)
    findings = await check(strategy, calendar)
    exported = await export_files(strategy, calendar, findings, target)
    paths = await write_files(exported.files, target)

    summary = summarize(calendar, strategy)
    logger = get_run_logger()
    for channel, entries, minutes, first, last in display_rows(summary):
        logger.info("%s: %s entries, %s min/week, %s – %s", channel, entries, minutes, first, last)
    for name in exported.retired:
        logger.info("%s is no longer planned; its feed is now an empty calendar", name)
    for finding in findings:
        logger.info("%s %s: %s", finding.severity, finding.code, finding.message)
    logger.info("wrote %d files to %s", len(paths), target)
    await acreate_markdown_artifact(
        markdown=summary_markdown(strategy, summary, target),
        key=f"plan-{strategy.client}",
        description=f"Per-channel summary of the plan for {strategy.name}",
    )
    await publish_findings(strategy, findings)
    return PlanResult(
        client=strategy.client,
        out_dir=target,
        summary=summary,
        findings=findings,
        paths=paths,
        retired=exported.retired,
        flow_run_id=flow_run.get_id(),
    )


def run_plan(strategy_path: str | Path, out_dir: str | Path | None = None) -> PlanResult:
    """Run the flow to completion from synchronous code such as the command line."""
    target = Path(out_dir) if out_dir is not None else None
    return asyncio.run(plan(Path(strategy_path), target))
