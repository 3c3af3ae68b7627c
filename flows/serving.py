"""Serving the clients' deployments until stopped, kept in step with the plans folder.

The folder is scanned again every minute: a new client folder is served without a restart,
an edited time zone moves its schedules, and the deployments of a removed folder are
paused. The strategy itself is read when a job runs, so edits to it need nothing else.
"""

# ruff: noqa: PLC0415 - Prefect loads when serve starts, not when this module is imported
from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo

from flows.deployments import (
    LEAD_DAYS,
    QUARTERLY_FLOW,
    QUARTERLY_HOUR,
    WEEKLY_CRON,
    WEEKLY_FLOW,
    ClientJobs,
    scan_clients,
)

if TYPE_CHECKING:
    from prefect.runner import Runner

__all__ = ["RESCAN_SECONDS", "say", "serve_clients"]

#: How often the plans folder is looked at again for new, changed and removed clients.
RESCAN_SECONDS = 60.0
#: How many upcoming runs serve lists when it starts; the UI has them all.
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
        #: Deployment ids by name, with the time zone their schedules run in.
        self.ids: dict[str, tuple[UUID, str]] = {}

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
        for client, jobs in current.items():
            if self.clients.get(client) != jobs:
                for deployment in jobs.deployments:
                    deployment_id = await self.runner.aadd_deployment(deployment)
                    self.ids[deployment.name] = (deployment_id, jobs.timezone)
                verb = "serving" if client not in self.clients else "updated"
                say(f"{verb} {client} ({jobs.timezone})")
        self.clients.update(current)
        await self._retire()

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
                self.ids.pop(deployment.name, None)
                say(f"{path.parent.name} is gone: paused {deployment.name}")
                self.clients = {
                    name: jobs for name, jobs in self.clients.items() if jobs.strategy_path != path
                }


async def _upcoming(names: dict[UUID, str], wait: float) -> dict[str, datetime]:
    """Each deployment's next run, waiting up to ``wait`` seconds for the scheduler."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        FlowRunFilter,
        FlowRunFilterDeploymentId,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort

    upcoming: dict[str, datetime] = {}
    deadline = time.monotonic() + wait
    async with get_client() as client:
        while len(upcoming) < len(names) and time.monotonic() < deadline:
            runs = await client.read_flow_runs(
                flow_run_filter=FlowRunFilter(
                    deployment_id=FlowRunFilterDeploymentId(any_=list(names)),
                    state=FlowRunFilterState(
                        type=FlowRunFilterStateType(any_=[StateType.SCHEDULED])
                    ),
                ),
                sort=FlowRunSort.EXPECTED_START_TIME_ASC,
            )
            for run in runs:
                name = names.get(run.deployment_id) if run.deployment_id else None
                if name and name not in upcoming and run.expected_start_time:
                    upcoming[name] = run.expected_start_time
            await asyncio.sleep(1)
    return upcoming


async def _announce(served: _Served, wait: float = 30.0) -> None:
    """Print each deployment's next run, once the server's scheduler has planned them."""
    names = {deployment_id: name for name, (deployment_id, _) in served.ids.items()}
    upcoming = await _upcoming(names, wait)
    if not upcoming:
        say("Next runs: the server has not scheduled any yet; the UI shows them shortly.")
        return
    first = sorted(upcoming, key=lambda n: (upcoming[n], n))[:SHOWN_RUNS]
    width = max(len(name) for name in first)
    lines = ["Next runs, in each client's time zone:"]
    for name in first:
        zone = served.ids[name][1]
        when = upcoming[name].astimezone(ZoneInfo(zone))
        lines.append(f"  {name.ljust(width)}  {when:%Y-%m-%d %H:%M} {zone}")
    if len(names) > len(first):
        lines.append(f"  … and {len(names) - len(first)} more deployments: see the UI")
    say("\n".join(lines))


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
        announce = group.create_task(_announce(served))
        rescan = group.create_task(_rescan(served, rescan_seconds)) if rescan_seconds > 0 else None
        await stopping.wait()
        for task in (announce, rescan):
            if task is not None:
                task.cancel()
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
