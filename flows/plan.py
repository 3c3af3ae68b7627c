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
from functools import partial
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from prefect import Flow, task
from prefect.artifacts import acreate_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger
from prefect.runtime import flow_run

from dialogplan.findings import Finding
from dialogplan.people_check import TierRow
from dialogplan.pipeline import Outputs
from dialogplan.strategy import Strategy
from dialogplan.summary import HEADINGS, ChannelSummary, display_rows
from flows.ahead import Loaded, head_start, load_inputs, started_for
from flows.files import write_outputs
from flows.isolation import children_stopped_on_exit
from flows.job import build_in_child, refuse_empty
from flows.publish import log_findings, publish_findings

__all__ = ["PlainParameters", "PlanResult", "plan", "run_plan", "summary_markdown"]

P = ParamSpec("P")
R = TypeVar("R")


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
    directory. When the command read all this already, to start planning while Prefect
    loaded (:mod:`flows.ahead`), that is what the run goes on with.
    """
    early = head_start(strategy_path, out_dir)
    if early is not None:
        return early.loaded
    return await asyncio.to_thread(load_inputs, strategy_path, out_dir)


@task(name="build", persist_result=False, cache_policy=NO_CACHE)
async def build(loaded: Loaded, strategy_path: Path, time_limit: float | None) -> Outputs:
    """Plan, render, check and export: every output file's bytes, nothing written yet.

    The work runs in a child process with a time limit, so a runaway plan can be stopped
    (the one the command started ahead, for exactly these inputs, if it did); a plan
    without entries is refused, so it never replaces a published calendar.
    """
    what = f"planning {strategy_path}"
    early = started_for(loaded)
    with children_stopped_on_exit():
        if early is not None and time_limit is None:
            outputs = await asyncio.to_thread(early.outputs, what)
        else:
            outputs = await asyncio.to_thread(
                partial(
                    build_in_child,
                    loaded.strategy,
                    loaded.overrides,
                    earlier_feeds=loaded.earlier_feeds,
                    revised_at=loaded.revised_at,
                    earlier=loaded.earlier,
                    timeout=time_limit,
                    what=what,
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


class PlainParameters(Flow[P, R]):
    """A flow whose parameters are paths, numbers and nothing: sent to the server as such.

    Prefect encodes parameters with FastAPI's encoder, which costs a plan about a tenth of a
    second to import; for these types it yields what this does (a path as its text).
    """

    def serialize_parameters(self, parameters: dict[str, Any]) -> dict[str, Any]:
        """The parameters as JSON values; anything else is left to Prefect's encoder."""
        if not all(
            isinstance(value, Path | float | int | str | None) for value in parameters.values()
        ):
            return super().serialize_parameters(parameters)
        return {
            key: str(value) if isinstance(value, Path) else value
            for key, value in parameters.items()
        }


async def _plan(
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


plan = PlainParameters(_plan, name="plan", persist_result=False, log_prints=False)


def run_plan(
    strategy_path: str | Path, out_dir: str | Path | None = None, timeout: float | None = None
) -> PlanResult:
    """Run the flow to completion from synchronous code such as the command line."""
    target = Path(out_dir) if out_dir is not None else None
    return asyncio.run(plan(Path(strategy_path), target, timeout))
