"""Every client of an agency in one flow: one task per client, a bounded number at a time.

The folder convention is ``PLANS_DIR/<client>/strategy.yaml`` (with an optional
``activity.csv`` beside it); outputs go to ``OUT_DIR/<client>/``. Adding a client is adding
a folder. A broken client fails alone: its task fails with the reason, and every other
client still completes. Each client is planned in another process with a time limit, so a
runaway one fails alone too: with the default thread runner, the tasks hand the planning
to a few long-lived worker processes (:mod:`flows.workers`, one per core) and write the
files themselves; with the other runners, each client gets a child process of its own
(:mod:`flows.isolation`). Every folder has a task and a row in the summary, the ones that
cannot be planned with their reason (:mod:`flows.clients`). Clients whose inputs did not
change are skipped.

Where the tasks run is configuration, not code: ``DIALOGPLAN_TASK_RUNNER`` picks
``threads`` (the default), ``processes`` (both cores of one machine) or ``dask`` (a Dask
cluster at ``DIALOGPLAN_DASK_ADDRESS``, or a local one when unset).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from prefect import flow, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.logging import get_run_logger
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from dialogplan.findings import Severity, severity_columns
from flows import isolation, workers
from flows.clients import ClientFolder, scan_folders
from flows.job import ClientOutcome, run_client

__all__ = ["SUMMARY_COLUMNS", "PlanAllResult", "discover", "plan_all", "task_runner_from_env"]

#: Progress per client, for whoever is watching: the command line prints it as it comes.
progress = logging.getLogger("dialogplan.progress")

RUNNER_ENV = "DIALOGPLAN_TASK_RUNNER"
DASK_ADDRESS_ENV = "DIALOGPLAN_DASK_ADDRESS"
SUMMARY_COLUMNS = ["client", "entries", "errors", "warnings", "infos", "status", "output"]


def task_runner_from_env() -> TaskRunner[Any]:
    """The task runner the environment asks for; threads unless told otherwise."""
    kind = os.environ.get(RUNNER_ENV, "threads")
    if kind == "threads":
        return ThreadPoolTaskRunner()
    if kind == "processes":
        return ProcessPoolTaskRunner()
    if kind == "dask":
        # Only when asked for: prefect_dask is the optional extra dialogplan[dask].
        from prefect_dask.task_runners import DaskTaskRunner  # noqa: PLC0415

        address = os.environ.get(DASK_ADDRESS_ENV)
        runner: TaskRunner[Any] = DaskTaskRunner(address=address) if address else DaskTaskRunner()
        return runner
    raise ValueError(f"{RUNNER_ENV}={kind!r}: use threads, processes or dask")


def discover(plans_dir: Path) -> list[Path]:
    """Every client's strategy file, in a stable order."""
    return sorted(plans_dir.glob("*/strategy.yaml"))


@task(
    name="client",
    task_run_name="{client}",
    persist_result=False,
    cache_policy=NO_CACHE,
)
def plan_client(
    folder: ClientFolder,
    client: str,  # noqa: ARG001 - names the task run in the Prefect UI
    out_root: Path,
    as_of: date | None,
    timeout: float,
    *,
    use_cache: bool,
) -> ClientOutcome:
    """Plan and check one client; the task fails, alone, when its input is broken.

    A folder that cannot be planned (no strategy, a slug claimed twice) fails with the
    reason, so every folder has its task in the UI.
    """
    if folder.problem is not None:
        raise folder.problem
    return run_client(
        folder.strategy,
        out_root,
        as_of,
        use_cache=use_cache,
        timeout=timeout,
        workers=workers.current(),
    )


@dataclass(frozen=True)
class PlanAllResult:
    """Every client's outcome, in folder order."""

    outcomes: list[ClientOutcome]

    @property
    def failed(self) -> list[ClientOutcome]:
        """The clients that could not be planned."""
        return [o for o in self.outcomes if o.status == "failed"]

    def worst(self) -> Severity | None:
        """The most severe finding across all clients."""
        return max((f.severity for o in self.outcomes for f in o.findings), default=None)

    def summary(self) -> pd.DataFrame:
        """One row per client: entries, findings by severity, status and where its files are."""
        return pd.DataFrame([_row(o) for o in self.outcomes], columns=SUMMARY_COLUMNS)


def _row(outcome: ClientOutcome) -> dict[str, str | int]:
    """One client's line of the summary table."""
    return {
        "client": outcome.client,
        "entries": outcome.entries,
        **severity_columns(outcome.findings),
        "status": outcome.status,
        "output": str(outcome.out_dir) if outcome.status != "failed" else "",
    }


def _outcome(
    folder: ClientFolder, future: PrefectFuture[ClientOutcome], out_root: Path
) -> ClientOutcome:
    future.wait()
    state = future.state
    if state.is_completed():
        return future.result()
    # The reason, not the traceback: an input error lists file, line and field.
    message = state.message or "failed"
    try:
        future.result()
    except Exception as exc:  # noqa: BLE001 - the task's own error, with its message for people
        message = str(exc)
    return ClientOutcome(folder.name, "failed", out_root / folder.name, error=message)


@flow(name="plan-all", task_runner=task_runner_from_env(), persist_result=False)
def plan_all(
    plans_dir: Path,
    out_dir: Path = Path("out"),
    concurrency: int = 4,
    as_of: date | None = None,
    *,
    use_cache: bool = True,
    time_limit: float | None = None,
) -> PlanAllResult:
    """Plan and check every client below ``plans_dir``, ``concurrency`` at a time.

    ``as_of`` is the day activity logs are checked up to (default: today in each client's
    time zone); ``use_cache=False`` re-plans clients whose inputs did not change. Each
    client's planning is stopped after ``time_limit`` seconds (default:
    :data:`flows.isolation.TIME_LIMIT`, or ``DIALOGPLAN_TIME_LIMIT``).
    """
    logger = get_run_logger()
    timeout = isolation.time_limit(time_limit)
    folders = scan_folders(plans_dir)
    logger.info("planning %d clients from %s, %d at a time", len(folders), plans_dir, concurrency)
    outcomes: list[ClientOutcome] = []
    pending: deque[tuple[ClientFolder, PrefectFuture[ClientOutcome]]] = deque()

    def collect() -> None:
        outcome = _outcome(*pending.popleft(), out_dir)
        outcomes.append(outcome)
        progress.info("[%d/%d] %s: %s", len(outcomes), len(folders), outcome.client, outcome.status)

    pool = workers.Workers(workers.worker_count(concurrency))
    with isolation.children_stopped_on_exit(), workers.installed(pool):
        for folder in folders:
            if len(pending) >= max(concurrency, 1):
                collect()
            future = plan_client.submit(
                folder, folder.name, out_dir, as_of, timeout, use_cache=use_cache
            )
            pending.append((folder, future))
        while pending:
            collect()

    result = PlanAllResult(outcomes)
    for outcome in result.failed:
        logger.error("%s failed: %s", outcome.client, outcome.error)
    create_table_artifact(
        table=[_row(outcome) for outcome in result.outcomes],
        key="plan-all",
        description=f"{len(folders)} clients from {plans_dir}: entries, findings and status",
    )
    return result
