"""``dialogplan serve``: every client's scheduled jobs, served from one process.

Each client folder ``PLANS_DIR/<client>/strategy.yaml`` gets two deployments:

- ``quarterly-<client>`` runs :func:`flows.quarter.plan_next_quarter` ``lead_days`` before
  each quarter begins, at ``quarterly_hour`` o'clock in the client's time zone;
- ``weekly-check-<client>`` runs :func:`flows.quarter.weekly_check` on ``weekly_cron``
  (Mondays at 07:00 by default), also in the client's time zone.

The folder is scanned again every minute: a new client folder is served without a restart,
an edited time zone moves its schedules, and the deployments of a removed folder are
paused. A client whose strategy does not validate is reported and left out until it does;
the others are served. The strategy itself is read when a job runs, so edits to it need
nothing else.

Schedules only fire on a real Prefect server, never on the temporary one a plain flow run
starts. So :func:`run_serve` uses the server at ``PREFECT_API_URL`` when one is configured,
and otherwise starts ``prefect server start`` on the loopback interface for as long as it
runs. That server keeps its database in ``PREFECT_HOME`` (``~/.prefect`` by default), so the
UI's history and the upcoming runs survive a restart.

Stopping serve does not pause the schedules: runs that fall due while it is stopped show as
late in the UI and are carried out when it starts again, so no quarter is skipped because
serve was down on the day.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo

from dialogplan.errors import InputError
from dialogplan.quarters import MAX_LEAD_DAYS, planning_days
from flows.files import read_overrides, read_strategy

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment
    from prefect.runner import Runner

__all__ = [
    "LEAD_DAYS",
    "QUARTERLY_HOUR",
    "WEEKLY_CRON",
    "ClientJobs",
    "Scan",
    "ServerError",
    "local_server",
    "quarterly_crons",
    "run_serve",
    "scan_clients",
    "serve_clients",
    "stop_process",
]

LEAD_DAYS = 14
WEEKLY_CRON = "0 7 * * 1"
QUARTERLY_HOUR = 6
#: How often the plans folder is looked at again for new, changed and removed clients.
RESCAN_SECONDS = 60.0
#: Prefect's usual port, so the UI keeps its address between runs when the port is free.
DEFAULT_PORT = 4200
#: A first start creates the database; on a busy two-core machine that can take a minute.
STARTUP_TIMEOUT = 120.0
#: How many upcoming runs serve lists when it starts; the UI has them all.
SHOWN_RUNS = 20
QUARTERLY_FLOW = "plan-next-quarter"
WEEKLY_FLOW = "weekly-check"

EXIT_OK = 0
EXIT_INVALID = 2
EXIT_UNEXPECTED = 3
EXIT_INTERRUPTED = 130


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
class Scan:
    """The clients that can be served, and the folders that cannot, with the reason."""

    clients: list[ClientJobs]
    skipped: dict[Path, str]


def _deployments(
    strategy_path: Path,
    client: str,
    name: str,
    timezone: str,
    out_dir: Path,
    lead_days: int,
    weekly_cron: str,
    quarterly_hour: int,
) -> tuple[RunnerDeployment, ...]:
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    from flows.quarter import plan_next_quarter, weekly_check

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
    """Every client folder's deployments; a folder whose strategy is invalid is skipped.

    Paths are made absolute, so runs do not depend on the directory serve was started in.
    """
    from flows.plan_all import discover

    clients: list[ClientJobs] = []
    skipped: dict[Path, str] = {}
    seen: dict[str, Path] = {}
    for path in discover(plans_dir.absolute()):
        try:
            strategy = read_strategy(path)
            read_overrides(strategy, path)
        except InputError as exc:
            skipped[path.parent] = str(exc)
            continue
        if strategy.client in seen:
            skipped[path.parent] = (
                f"{path}: client {strategy.client!r} is already served from {seen[strategy.client]}"
            )
            continue
        seen[strategy.client] = path
        deployments = _deployments(
            path,
            strategy.client,
            strategy.name,
            strategy.timezone,
            out_dir.absolute(),
            lead_days,
            weekly_cron,
            quarterly_hour,
        )
        clients.append(ClientJobs(strategy.client, path, strategy.timezone, deployments))
    return Scan(clients, skipped)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


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
                _say(f"{folder.name} {what}:\n{reason}")
        self.skipped = scan.skipped
        current = {jobs.client: jobs for jobs in scan.clients}
        for client, jobs in current.items():
            if self.clients.get(client) != jobs:
                for deployment in jobs.deployments:
                    deployment_id = await self.runner.aadd_deployment(deployment)
                    self.ids[deployment.name] = (deployment_id, jobs.timezone)
                verb = "serving" if client not in self.clients else "updated"
                _say(f"{verb} {client} ({jobs.timezone})")
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
                if deployment.paused or not path.is_relative_to(root) or path.is_file():
                    continue
                await client.pause_deployment(deployment.id)
                self.ids.pop(deployment.name, None)
                _say(f"{path.parent.name} is gone: paused {deployment.name}")
                self.clients = {
                    name: jobs for name, jobs in self.clients.items() if jobs.strategy_path != path
                }


async def _announce(served: _Served, wait: float = 30.0) -> None:
    """Print each deployment's next run, once the server's scheduler has planned them."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        FlowRunFilter,
        FlowRunFilterDeploymentId,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort

    names = {deployment_id: name for name, (deployment_id, _) in served.ids.items()}
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
    if not upcoming:
        _say("Next runs: the server has not scheduled any yet; the UI shows them shortly.")
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
    _say("\n".join(lines))


async def _rescan(served: _Served, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        try:
            await served.update()
        except Exception as exc:  # a hiccup of the server must not stop the schedules
            _say(f"could not look at {served.plans_dir} again: {exc}")


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


class ServerError(RuntimeError):
    """The local Prefect server did not come up."""


def _free_port(preferred: int | None) -> int:
    """Prefect's usual port when it is free, so bookmarks keep working; else any free one."""
    for port in (preferred, 0) if preferred is not None else (0,):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            if sys.platform != "win32":  # a port a stopped server just left is free again
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            bound: int = sock.getsockname()[1]
            return bound
    raise ServerError("no free port on 127.0.0.1")


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError):
        return False


def stop_process(process: subprocess.Popen[bytes], grace: float = 15.0) -> None:
    """Stop a process started in its own group, and all it started; kill it if it lingers."""
    if process.poll() is not None:
        return
    group = sys.platform != "win32"
    with contextlib.suppress(ProcessLookupError):
        if group:
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            if group:
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
        process.wait()


def _tail(path: Path, lines: int = 20) -> str:
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.strip().splitlines()[-lines:])


@contextlib.contextmanager
def local_server(
    home: Path,
    port: int | None = DEFAULT_PORT,
    timeout: float = STARTUP_TIMEOUT,
    env: Mapping[str, str] | None = None,
) -> Iterator[str]:
    """``prefect server start`` on the loopback interface; yields its API URL, then stops it.

    The server runs in its own process group, so Ctrl-C in the terminal reaches serve only:
    serve winds down first, then stops the server, and no server process outlives it. Its
    output goes to ``dialogplan-server.log`` in ``home``, Prefect's home folder, where it
    keeps its database too. ``env`` adds to the server's environment.
    """
    chosen = _free_port(port)
    api_url = f"http://127.0.0.1:{chosen}/api"
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / "dialogplan-server.log"
    environment = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    environment.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    environment.update(env or {})
    environment["PREFECT_HOME"] = str(home)
    # The log is a file of its own, read when something is wrong: keep warnings and errors
    # in it even when the terminal is quieted (the command line silences the server).
    if environment.get("PREFECT_SERVER_LOGGING_LEVEL", "").upper() in {"ERROR", "CRITICAL"}:
        environment["PREFECT_SERVER_LOGGING_LEVEL"] = "WARNING"
    prefect = Path(sys.executable).parent / "prefect"
    command = [str(prefect) if prefect.exists() else "prefect", "server", "start"]
    command += ["--host", "127.0.0.1", "--port", str(chosen)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=environment,
            start_new_session=sys.platform != "win32",
        )
    try:
        deadline = time.monotonic() + timeout
        while not _healthy(api_url):
            if process.poll() is not None:
                raise ServerError(
                    f"the Prefect server stopped with exit code {process.returncode}; "
                    f"its log ({log_path}) ends with:\n{_tail(log_path)}"
                )
            if time.monotonic() > deadline:
                raise ServerError(
                    f"the Prefect server did not answer at {api_url}/health within "
                    f"{timeout:.0f} s; its log ({log_path}) ends with:\n{_tail(log_path)}"
                )
            time.sleep(0.25)
        yield api_url
    finally:
        stop_process(process)


@contextlib.contextmanager
def _api(api_url: str) -> Iterator[None]:
    """Talk to this server, in this process and in every flow run it starts."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    before = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = api_url
    try:
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            yield
    finally:
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before


def _check_server(api_url: str) -> None:
    """Fail with a clear message when the configured server does not answer."""
    from prefect import get_client

    with get_client(sync_client=True) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        raise ServerError(
            f"the Prefect server at {api_url} (PREFECT_API_URL) does not answer: {problem}; "
            "start it, or unset PREFECT_API_URL to let serve start a local one"
        )


def _check_arguments(
    plans_dir: Path, lead_days: int, weekly_cron: str, quarterly_hour: int
) -> list[str]:
    """Everything wrong with the arguments, before a server is started for nothing."""
    from prefect.schedules import Cron

    problems = []
    if not plans_dir.is_dir():
        problems.append(f"{plans_dir} is not a folder of client folders")
    elif not any(plans_dir.glob("*/strategy.yaml")):
        problems.append(f"{plans_dir} has no client folders (<client>/strategy.yaml)")
    if not 1 <= lead_days <= MAX_LEAD_DAYS:
        problems.append(f"--lead-days must be between 1 and {MAX_LEAD_DAYS}, not {lead_days}")
    if not 0 <= quarterly_hour <= 23:
        problems.append(f"the quarterly hour must be between 0 and 23, not {quarterly_hour}")
    try:
        Cron(weekly_cron)
    except ValueError as exc:
        problems.append(f"--weekly-cron {weekly_cron!r} is not a cron expression: {exc}")
    return problems


def _describe(lead_days: int, weekly_cron: str, quarterly_hour: int) -> str:
    crons = " and ".join(f"'{cron}'" for cron in quarterly_crons(lead_days, quarterly_hour))
    return (
        f"Quarterly plans {lead_days} days ahead ({crons}) and weekly checks ('{weekly_cron}'), "
        "each in the client's time zone."
    )


def run_serve(
    plans_dir: Path,
    out_dir: Path = Path("out"),
    lead_days: int = LEAD_DAYS,
    weekly_cron: str = WEEKLY_CRON,
    quarterly_hour: int = QUARTERLY_HOUR,
    port: int | None = DEFAULT_PORT,
    rescan_seconds: float = RESCAN_SECONDS,
) -> int:
    """The ``dialogplan serve`` command; returns its exit code. Runs until Ctrl-C.

    Exit codes: 0 after Ctrl-C or SIGTERM, 2 for invalid arguments or a folder without a
    single valid client (nothing is started), 3 when the local server does not start,
    130 when interrupted while it is starting.
    """
    problems = _check_arguments(plans_dir, lead_days, weekly_cron, quarterly_hour)
    if not problems:
        scan = scan_clients(plans_dir, out_dir, lead_days, weekly_cron, quarterly_hour)
        if not scan.clients:
            problems += [
                f"{folder.name} is invalid:\n{why}" for folder, why in scan.skipped.items()
            ]
            problems.append(f"no client in {plans_dir} has a valid strategy")
    if problems:
        for problem in problems:
            _say(f"dialogplan serve: {problem}")
        return EXIT_INVALID
    _say(_describe(lead_days, weekly_cron, quarterly_hour))

    from prefect.settings import get_current_settings

    settings = get_current_settings()
    stage = "starting"
    try:
        with contextlib.ExitStack() as stack:
            api_url = settings.api.url
            if api_url:
                _say(f"Using the Prefect server at {api_url}")
                _check_server(api_url)
            else:
                if port is not None and _healthy(f"http://127.0.0.1:{port}/api"):
                    _say(
                        f"A Prefect server already answers on port {port}; to use it instead, "
                        f"set PREFECT_API_URL=http://127.0.0.1:{port}/api"
                    )
                _say("Starting a local Prefect server (the first start takes a while)…")
                api_url = stack.enter_context(local_server(settings.home, port))
                stack.enter_context(_api(api_url))
            ui_url = settings.ui_url or api_url.removesuffix("/api")
            _say(f"Prefect UI: {ui_url}/deployments — press Ctrl-C to stop")
            stage = "serving"
            serve_clients(
                plans_dir, out_dir, lead_days, weekly_cron, quarterly_hour, rescan_seconds
            )
    except KeyboardInterrupt:
        pass
    except ServerError as exc:
        _say(f"dialogplan serve: {exc}")
        return EXIT_UNEXPECTED
    _say("Stopped." if stage == "serving" else "Interrupted.")
    return EXIT_OK if stage == "serving" else EXIT_INTERRUPTED
