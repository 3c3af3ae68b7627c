"""Serving the clients' deployments until stopped, kept in step with the plans folder.

The folder is scanned again every minute: a new client folder is served without a restart,
an edited time zone moves its schedules, and the deployments of a removed folder are
paused. The strategy itself is read when a job runs, so edits to it need nothing else.

Whenever clients are served or updated (all of them at start), each of their deployments is
listed once with its next run, worked out from its schedules rather than read back from
the server, so the list is there at once and does not depend on the scheduler's pace.
"""

# ruff: noqa: PLC0415 - Prefect loads when serve starts, not when this module is imported
from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dialogplan.dates import WEEKDAY_NAMES
from flows.deployments import (
    LEAD_DAYS,
    QUARTERLY_FLOW,
    QUARTERLY_HOUR,
    WEEKLY_CRON,
    WEEKLY_FLOW,
    ClientJobs,
    NextRun,
    next_runs,
    scan_clients,
)

if TYPE_CHECKING:
    from prefect.runner import Runner

__all__ = ["RESCAN_SECONDS", "next_run_lines", "say", "serve_clients"]

#: How often the plans folder is looked at again for new, changed and removed clients.
RESCAN_SECONDS = 60.0
#: How many deployments' next runs serve lists at once; the UI has them all.
SHOWN_RUNS = 20


def say(message: str) -> None:
    """A line for the person watching serve, at once: serve runs for days."""
    print(message, file=sys.stderr, flush=True)  # noqa: T201 - serve talks to people on stderr


class _Served:
    """What the runner serves, kept in step with the plans folder."""

    def __init__(
        self,
        runner: Runner,
        plans_dir: Path,
        out_dir: Path,
        lead_days: int,
        weekly_cron: str,
        quarterly_hour: int,
    ) -> None:
        self.runner = runner
        self.plans_dir = plans_dir
        self.args = (out_dir, lead_days, weekly_cron, quarterly_hour)
        self.clients: dict[str, ClientJobs] = {}
        self.skipped: dict[Path, str] = {}

    async def update(self) -> None:
        """Serve new clients, re-apply changed ones, pause the deployments of removed ones."""
        scan = await asyncio.to_thread(scan_clients, self.plans_dir, *self.args)
        served = {jobs.strategy_path.parent for jobs in self.clients.values()}
        for folder, reason in scan.skipped.items():
            if self.skipped.get(folder) != reason:
                what = (
                    "is invalid now; its runs fail until it is fixed"
                    if folder in served
                    else "is skipped until it is fixed"
                )
                say(f"{folder.name} {what}:\n{reason}")
        self.skipped = scan.skipped
        current = {jobs.client: jobs for jobs in scan.clients}
        changed = [jobs for client, jobs in current.items() if self.clients.get(client) != jobs]
        for jobs in changed:
            for deployment in jobs.deployments:
                await self.runner.aadd_deployment(deployment)
            verb = "serving" if jobs.client not in self.clients else "updated"
            say(f"{verb} {jobs.client} ({jobs.timezone})")
        self.clients.update(current)
        await self._retire()
        if changed:
            # Read from the clock here, in flows/, and only for the listing.
            lines = next_run_lines(await next_runs(changed, datetime.now(UTC)))
            say("\n".join(lines))

    async def _retire(self) -> None:
        """Pause the deployments of client folders that are gone, so no run waits for them."""
        from prefect import get_client
        from prefect.client.schemas.filters import (
            DeploymentFilter,
            DeploymentFilterTags,
            FlowFilter,
            FlowFilterName,
        )
        from prefect.client.schemas.responses import DeploymentResponse

        root = self.plans_dir.absolute()
        async with get_client() as client:
            deployments: list[DeploymentResponse] = []
            while page := await client.read_deployments(
                flow_filter=FlowFilter(name=FlowFilterName(any_=[QUARTERLY_FLOW, WEEKLY_FLOW])),
                deployment_filter=DeploymentFilter(tags=DeploymentFilterTags(all_=["dialogplan"])),
                limit=200,
                offset=len(deployments),
            ):
                deployments += page
            for deployment in deployments:
                path = Path(str(deployment.parameters.get("strategy_path", "")))
                exists = path.is_file()  # noqa: ASYNC240 - one stat of a local file
                if deployment.paused or not path.is_relative_to(root) or exists:
                    continue
                await client.pause_deployment(deployment.id)
                say(f"{path.parent.name} is gone: paused {deployment.name}")
                self.clients = {
                    name: jobs for name, jobs in self.clients.items() if jobs.strategy_path != path
                }


def next_run_lines(runs: Sequence[NextRun], shown: int = SHOWN_RUNS) -> list[str]:
    """The start-up listing: one aligned line per deployment, soonest first.

    Weekdays are English whatever the machine's locale, like the rest of serve's output.
    """
    if not runs:
        return []
    first = sorted(runs, key=lambda run: (run.when, run.deployment))[:shown]
    width = max(len(run.deployment) for run in first)
    lines = ["Next runs, in each client's time zone:"]
    for run in first:
        day = WEEKDAY_NAMES["en"][run.when.weekday()]
        lines.append(
            f"  {run.deployment.ljust(width)}  next run {day} {run.when:%Y-%m-%d %H:%M} "
            f"{run.timezone}"
        )
    if len(runs) > len(first):
        lines.append(f"  … and {len(runs) - len(first)} more deployments: see the UI")
    return lines


async def _rescan(served: _Served, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        try:
            await served.update()
        except Exception as exc:  # noqa: BLE001 - a hiccup of the server must not stop the schedules
            say(f"could not look at {served.plans_dir} again: {exc}")


async def _serve(served: _Served, rescan_seconds: float) -> None:
    await served.update()
    stopping = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        group.create_task(served.runner.start())
        # The runner installs a SIGTERM handler as it starts; ours replaces it, so that a
        # service manager's stop winds down like Ctrl-C does.
        await asyncio.sleep(0)
        with contextlib.suppress(NotImplementedError):  # not on Windows
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
        rescan = group.create_task(_rescan(served, rescan_seconds)) if rescan_seconds > 0 else None
        await stopping.wait()
        if rescan is not None:
            rescan.cancel()
        await served.runner.astop()


def serve_clients(
    plans_dir: Path,
    out_dir: Path,
    lead_days: int = LEAD_DAYS,
    weekly_cron: str = WEEKLY_CRON,
    quarterly_hour: int = QUARTERLY_HOUR,
    rescan_seconds: float = RESCAN_SECONDS,
) -> None:
    """Serve every client's quarterly and weekly deployments until interrupted."""
    from prefect.runner import Runner

    # Not paused on shutdown: a run that falls due while serve is stopped is kept, late,
    # and carried out on the next start.
    runner = Runner(name="dialogplan", pause_on_shutdown=False)
    served = _Served(runner, plans_dir, out_dir, lead_days, weekly_cron, quarterly_hour)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(served, rescan_seconds))
