"""The scheduled jobs: next quarter's calendar ahead of time, and the weekly neglect check.

A quarterly run plans the quarter that begins next, so the team can read its calendar a
couple of weeks before it starts. It writes to ``OUT_DIR/<client>/<YYYY>-Q<n>/``, not over
``OUT_DIR/<client>/``: the current quarter's feed keeps its entries until that quarter is
over, and its subscribers lose nothing while the next one is being prepared. When the new
quarter begins, subscribers move to the new folder (or the web server that publishes the
feeds points at it).

Which quarter is "next" is decided from the time the run was *due*, not the time it
happened to start: a run that was late (the serving process was down on the day) still
plans the quarter it was meant for. The strategy file is read when the job runs, so edits
made in the meantime are part of the plan.

The weekly check is :func:`flows.check.check_activity` against ``<client folder>/activity.csv``
(the plan checks alone when a team keeps no log), with the report in ``OUT_DIR/<client>/``.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import acreate_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.logging import get_run_logger
from prefect.runtime import flow_run

from dialogplan.findings import Finding, severity_columns
from dialogplan.quarters import next_quarter_start, quarter_label, quarter_strategy
from flows.check import CheckResult, check_activity
from flows.clients import ClientFolder, scan_folders
from flows.files import existing_channel_feeds, read_overrides, read_strategy, write_outputs
from flows.isolation import children_stopped_on_exit
from flows.job import ACTIVITY_FILE, build_in_child, refuse_empty
from flows.plan import summary_markdown
from flows.plan_all import task_runner_from_env
from flows.publish import findings_markdown, log_findings
from flows.revising import earlier_revisions, revised_at

__all__ = [
    "QuarterResult",
    "activity_log",
    "due_time",
    "plan_next_quarter",
    "plan_next_quarter_all",
    "run_quarter",
    "weekly_check",
]


@dataclass(frozen=True)
class QuarterResult:
    """What a quarterly run did for one client."""

    client: str
    quarter: str  # "2027-Q1"
    status: str  # "planned", "not started" (the team begins later) or "failed"
    out_dir: Path | None = None
    entries: int = 0
    findings: list[Finding] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    #: The per-channel summary and the findings, for the Prefect UI.
    markdown: str = ""
    error: str = ""

    def row(self) -> dict[str, str | int]:
        """One line of the summary table."""
        return {
            "client": self.client,
            "quarter": self.quarter,
            "entries": self.entries,
            **severity_columns(self.findings),
            "status": self.status,
            "output": str(self.out_dir) if self.out_dir is not None else "",
        }


def due_time() -> datetime:
    """When the current run was due: its scheduled time, or now for a run started by hand."""
    return flow_run.get_scheduled_start_time()


def activity_log(strategy_path: Path) -> Path | None:
    """The client's activity log next to its strategy, if the team keeps one."""
    path = strategy_path.parent / ACTIVITY_FILE
    return path if path.is_file() else None


def run_quarter(
    strategy_path: Path, out_root: Path, due: datetime, as_of: date | None = None
) -> QuarterResult:
    """Plan, check and write the quarter after ``as_of`` (default: the day ``due`` is, locally).

    Input errors propagate, so the client's task fails with the reason. The planning runs
    in a child process with the time limit of :func:`flows.isolation.time_limit`.
    """
    strategy = read_strategy(strategy_path)
    overrides = read_overrides(strategy, strategy_path)
    day = as_of if as_of is not None else due.astimezone(strategy.zone).date()
    start = next_quarter_start(day)
    label = quarter_label(start)
    planned = quarter_strategy(strategy, start)
    if planned is None:
        return QuarterResult(strategy.client, label, "not started")
    out_dir = out_root / strategy.client / label
    outputs = build_in_child(
        planned,
        overrides,
        earlier_feeds=existing_channel_feeds(out_dir),
        revised_at=revised_at(planned),
        earlier=earlier_revisions(out_dir),
        what=f"planning {label} for {strategy_path}",
    )
    refuse_empty(planned, strategy_path, len(outputs.entries), out_dir)
    paths = write_outputs(outputs.files, out_dir)
    findings = outputs.findings
    markdown = summary_markdown(planned, outputs.summary, out_dir)
    # The findings list without its heading: the summary above already names the team.
    markdown += "\n## Findings\n\n" + findings_markdown(planned, findings).split("\n", 2)[2]
    return QuarterResult(
        strategy.client, label, "planned", out_dir, len(outputs.entries), findings, paths, markdown
    )


@task(name="quarter", task_run_name="{client}", persist_result=False, cache_policy=NO_CACHE)
def plan_quarter(
    strategy_path: Path,
    client: str,  # noqa: ARG001 - names the task run in the Prefect UI
    out_root: Path,
    due: datetime,
    as_of: date | None,
) -> QuarterResult:
    """One client's next quarter; the task fails, alone, when its input is broken."""
    return run_quarter(strategy_path, out_root, due, as_of)


@flow(name="plan-next-quarter", persist_result=False, log_prints=False)
async def plan_next_quarter(
    strategy_path: Path, out_dir: Path = Path("out"), as_of: date | None = None
) -> QuarterResult:
    """Write the next quarter's calendar to ``out_dir/<client>/<YYYY>-Q<n>/``.

    The next quarter is the first to begin after ``as_of``, which defaults to the day the
    run was due in the client's time zone.
    """
    logger = get_run_logger()
    result = plan_quarter(strategy_path, strategy_path.parent.name, out_dir, due_time(), as_of)
    if result.status != "planned":
        logger.info("%s begins after %s: nothing to plan yet", result.client, result.quarter)
        return result
    logger.info(
        "%s %s: %d entries in %s", result.client, result.quarter, result.entries, result.out_dir
    )
    log_findings(logger, result.findings)
    await acreate_markdown_artifact(
        markdown=result.markdown,
        key=f"quarter-{result.client}",
        description=f"The plan for {result.quarter}: per-channel summary and findings",
    )
    return result


@task(name="quarter", task_run_name="{client}", persist_result=False, cache_policy=NO_CACHE)
def plan_folder_quarter(
    folder: ClientFolder,
    client: str,  # noqa: ARG001 - names the task run in the Prefect UI
    out_root: Path,
    due: datetime,
    as_of: date | None,
) -> QuarterResult:
    """One folder's next quarter; a folder that cannot be planned fails with the reason."""
    if folder.problem is not None:
        raise folder.problem
    return run_quarter(folder.strategy, out_root, due, as_of)


def _collect(folder: ClientFolder, future: PrefectFuture[QuarterResult]) -> QuarterResult:
    future.wait()
    if future.state.is_completed():
        return future.result()
    message = future.state.message or "failed"
    try:
        future.result()
    except Exception as exc:  # noqa: BLE001 - the client's own error, with its message for people
        message = str(exc)
    return QuarterResult(folder.name, "", "failed", error=message)


@flow(name="plan-next-quarter-all", task_runner=task_runner_from_env(), persist_result=False)
def plan_next_quarter_all(
    plans_dir: Path,
    out_dir: Path = Path("out"),
    concurrency: int = 4,
    as_of: date | None = None,
) -> list[QuarterResult]:
    """The next quarter for every client below ``plans_dir``, ``concurrency`` at a time.

    Each client's quarter is the first to begin after the day the run was due in that
    client's own time zone (or after ``as_of``). A broken or runaway client fails alone;
    every folder is in the summary, a slug claimed twice planned for neither folder.
    """
    logger = get_run_logger()
    due = due_time()
    folders = scan_folders(plans_dir)
    logger.info("planning the next quarter for %d clients from %s", len(folders), plans_dir)
    results: list[QuarterResult] = []
    pending: deque[tuple[ClientFolder, PrefectFuture[QuarterResult]]] = deque()
    with children_stopped_on_exit():
        for folder in folders:
            if len(pending) >= max(concurrency, 1):
                results.append(_collect(*pending.popleft()))
            future = plan_folder_quarter.submit(folder, folder.name, out_dir, due, as_of)
            pending.append((folder, future))
        while pending:
            results.append(_collect(*pending.popleft()))
    for result in results:
        if result.status == "failed":
            logger.error("%s failed: %s", result.client, result.error)
    create_table_artifact(
        table=[result.row() for result in results],
        key="plan-next-quarter-all",
        description=f"Next quarter for {len(folders)} clients from {plans_dir}",
    )
    return results


@flow(name="weekly-check", persist_result=False, log_prints=False)
async def weekly_check(
    strategy_path: Path, out_dir: Path = Path("out"), as_of: date | None = None
) -> CheckResult:
    """The neglect check for one client, with its activity log when the team keeps one.

    The report goes to ``out_dir/<client>/`` next to the calendar; ``as_of`` defaults to
    today in the client's time zone.
    """
    strategy = read_strategy(strategy_path)
    return await check_activity(
        strategy_path, activity_log(strategy_path), as_of, out_dir / strategy.client
    )
