"""The plan as a Prefect flow: one task per stage (load, build, write), never one per entry.

Running it through Prefect gives a team a record of every run, its logs and a summary
artifact in the Prefect UI, and lets a server re-plan on a schedule. The flow is async on
purpose: a sync flow waits for a heartbeat thread at the end of every run (a second or more),
an async one does not. Building the plan is CPU-bound work, so its task hands it to a
child process with a time limit (:mod:`flows.isolation`) and the event loop stays free for
Prefect's own traffic.

Nothing is written until every file's bytes are ready, and then they are published as one
generation, so a failing run leaves the files that calendar subscribers already read
untouched.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import acreate_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger
from prefect.runtime import flow_run

from dialogplan.findings import Finding
from dialogplan.people_check import TierRow
from dialogplan.pipeline import Outputs
from dialogplan.revisions import Revision
from dialogplan.strategy import Strategy
from dialogplan.summary import HEADINGS, ChannelSummary, display_rows
from flows.files import existing_channel_feeds, read_overrides, read_strategy, write_outputs
from flows.isolation import children_stopped_on_exit
from flows.job import build_in_child, refuse_empty
from flows.publish import log_findings, publish_findings
from flows.revising import earlier_revisions, revised_at

__all__ = ["PlanResult", "plan", "run_plan", "summary_markdown"]


@dataclass(frozen=True)
class Loaded:
    """A validated strategy, the team's own templates, and what the output folder holds."""

    strategy: Strategy
    overrides: dict[str, str]
    out_dir: Path
    #: Channel feeds an earlier run left in the output folder.
    earlier_feeds: frozenset[str]
    #: The events of the calendar an earlier run left there, by UID.
    earlier: dict[str, Revision]
    #: The moment new and changed entries are stamped with.
    revised_at: datetime


@dataclass(frozen=True)
class PlanResult:
    """What a run produced, for the command line and for callers of the flow."""

    client: str
    out_dir: Path
    summary: tuple[ChannelSummary, ...]
    findings: list[Finding]
    paths: list[Path]
    retired: tuple[str, ...]
    flow_run_id: str | None
    #: Counts per tier of the contacts file: never a name.
    people: tuple[TierRow, ...] = ()


@task(name="load", persist_result=False, cache_policy=NO_CACHE)
async def load(strategy_path: Path, out_dir: Path | None) -> Loaded:
    """Read and validate the strategy and the team's templates; fail before any work.

    Also what the output folder holds: its channel feeds and the calendar whose entries'
    revisions this run continues. ``out_dir`` defaults to ``out/<client>`` below the current
    directory.
    """
    strategy = read_strategy(strategy_path)
    overrides = read_overrides(strategy, strategy_path)
    target = out_dir if out_dir is not None else Path("out") / strategy.client
    feeds = frozenset(existing_channel_feeds(target))
    earlier = await asyncio.to_thread(earlier_revisions, target)
    return Loaded(strategy, overrides, target, feeds, earlier, revised_at(strategy))


@task(name="build", persist_result=False, cache_policy=NO_CACHE)
async def build(loaded: Loaded, strategy_path: Path, time_limit: float | None) -> Outputs:
    """Plan, render, check and export: every output file's bytes, nothing written yet.

    The work runs in a child process with a time limit, so a runaway plan can be stopped;
    a plan without entries is refused, so it never replaces a published calendar.
    """
    with children_stopped_on_exit():
        outputs = await asyncio.to_thread(
            partial(
                build_in_child,
                loaded.strategy,
                loaded.overrides,
                earlier_feeds=loaded.earlier_feeds,
                revised_at=loaded.revised_at,
                earlier=loaded.earlier,
                timeout=time_limit,
                what=f"planning {strategy_path}",
            )
        )
    refuse_empty(loaded.strategy, strategy_path, len(outputs.entries), loaded.out_dir)
    return outputs


@task(name="write", persist_result=False, cache_policy=NO_CACHE)
async def write(files: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Publish the files as the folder's new generation, all at once."""
    return await asyncio.to_thread(write_outputs, files, out_dir)


def summary_markdown(strategy: Strategy, summary: tuple[ChannelSummary, ...], out_dir: Path) -> str:
    """The per-channel summary as a markdown table for the Prefect UI."""
    lines = [
        f"# {strategy.name}",
        "",
        (
            f"{strategy.start} – {strategy.last_day}, {strategy.hours_per_week:g} h per week; "
            f"files in `{out_dir}`"
        ),
        "",
        "| " + " | ".join(HEADINGS) + " |",
        "|---|---:|---:|---|---|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in display_rows(summary)]
    return "\n".join(lines) + "\n"


def _log_run(outputs: Outputs, paths: list[Path], out_dir: Path) -> None:
    """What the run planned, retired and found, for the flow run's log."""
    logger = get_run_logger()
    for channel, entries, minutes, first, last in display_rows(outputs.summary):
        logger.info("%s: %s entries, %s min/week, %s – %s", channel, entries, minutes, first, last)
    for name in outputs.retired:
        logger.info("%s is no longer planned; its feed is now an empty calendar", name)
    log_findings(logger, outputs.findings)
    logger.info("wrote %d files to %s", len(paths), out_dir)


@flow(name="plan", persist_result=False, log_prints=False)
async def plan(
    strategy_path: Path, out_dir: Path | None = None, time_limit: float | None = None
) -> PlanResult:
    """Turn one strategy file into its calendar files.

    ``out_dir`` defaults to ``out/<client>`` below the current directory; planning is
    stopped after ``time_limit`` seconds (default: :func:`flows.isolation.time_limit`).
    """
    loaded = await load(strategy_path, out_dir)
    strategy, target = loaded.strategy, loaded.out_dir
    outputs = await build(loaded, strategy_path, time_limit)
    paths = await write(outputs.files, target)

    _log_run(outputs, paths, target)
    await acreate_markdown_artifact(
        markdown=summary_markdown(strategy, outputs.summary, target),
        key=f"plan-{strategy.client}",
        description=f"Per-channel summary of the plan for {strategy.name}",
    )
    await publish_findings(strategy, outputs.findings)
    return PlanResult(
        client=strategy.client,
        out_dir=target,
        summary=outputs.summary,
        findings=outputs.findings,
        paths=paths,
        retired=outputs.retired,
        flow_run_id=flow_run.get_id(),
        people=outputs.people.tiers,
    )


def run_plan(
    strategy_path: str | Path, out_dir: str | Path | None = None, timeout: float | None = None
) -> PlanResult:
    """Run the flow to completion from synchronous code such as the command line."""
    target = Path(out_dir) if out_dir is not None else None
    return asyncio.run(plan(Path(strategy_path), target, timeout))
