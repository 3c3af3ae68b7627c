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

The parts live in their own modules: :mod:`flows.deployments` (what each client gets),
:mod:`flows.serving` (the runner, kept in step with the folder) and
:mod:`flows.local_server` (the Prefect server serve starts when none is configured).

Schedules only fire on a real Prefect server, never on the temporary one a plain flow run
starts. So :func:`run_serve` uses the server at ``PREFECT_API_URL`` when one is configured,
and otherwise dialogplan's background server (:mod:`flows.daemon`): a full ``prefect server
start`` on the loopback interface, shared with the commands run meanwhile, so there is one
server per database. Serve holds it in use while it runs; if serve started it, it stops it
again at the end unless a command still uses it. With ``DIALOGPLAN_SERVER=temporary``, serve
starts a server of its own for as long as it runs, as before. Either keeps its database in
``PREFECT_HOME`` (``~/.prefect`` by default), so the UI's history and the upcoming runs
survive a restart.

Stopping serve does not pause the schedules: runs that fall due while it is stopped show as
late in the UI and are carried out when it starts again, so no quarter is skipped because
serve was down on the day.
"""

# ruff: noqa: PLC0415 - Prefect loads when serve starts, not when this module is imported
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from dialogplan.quarters import MAX_LEAD_DAYS
from flows.daemon import background_wanted, stop, use
from flows.deployments import (
    LEAD_DAYS,
    QUARTERLY_HOUR,
    WEEKLY_CRON,
    ClientJobs,
    Scan,
    quarterly_crons,
    scan_clients,
)
from flows.exit_codes import EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OK, EXIT_UNEXPECTED
from flows.local_server import (
    DEFAULT_PORT,
    ServerError,
    check_server,
    healthy,
    local_server,
    stop_process,
    talk_to,
)
from flows.serving import RESCAN_SECONDS, say, serve_clients

if TYPE_CHECKING:
    from prefect.settings import Settings

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


def _problems(
    plans_dir: Path, out_dir: Path, lead_days: int, weekly_cron: str, quarterly_hour: int
) -> list[str]:
    """Why there is nothing to serve: bad arguments, or not a single valid client."""
    problems = _check_arguments(plans_dir, lead_days, weekly_cron, quarterly_hour)
    if problems:
        return problems
    scan = scan_clients(plans_dir, out_dir, lead_days, weekly_cron, quarterly_hour)
    if scan.clients:
        return []
    return [
        *(f"{folder.name} is invalid:\n{why}" for folder, why in scan.skipped.items()),
        f"no client in {plans_dir} has a valid strategy",
    ]


def _describe(lead_days: int, weekly_cron: str, quarterly_hour: int) -> str:
    crons = " and ".join(f"'{cron}'" for cron in quarterly_crons(lead_days, quarterly_hour))
    return (
        f"Quarterly plans {lead_days} days ahead ({crons}) and weekly checks ('{weekly_cron}'), "
        "each in the client's time zone."
    )


def _server(stack: contextlib.ExitStack, settings: Settings, port: int | None) -> str:
    """The API URL of the configured server, or of the local one serve schedules on."""
    api_url = settings.api.url
    if api_url:
        say(f"Using the Prefect server at {api_url}")
        check_server(api_url)
        return api_url
    if background_wanted():
        api_url = _background(stack, settings.home, port)
    else:
        if port is not None and healthy(f"http://127.0.0.1:{port}/api"):
            say(
                f"A Prefect server already answers on port {port}; to use it instead, "
                f"set PREFECT_API_URL=http://127.0.0.1:{port}/api"
            )
        say("Starting a local Prefect server (the first start takes a while)…")
        api_url = stack.enter_context(local_server(settings.home, port))
    stack.enter_context(talk_to(api_url))
    return api_url


def _background(stack: contextlib.ExitStack, home: Path, port: int | None) -> str:
    """The background server (a full one, with schedules), in use while serve runs.

    One server per ``PREFECT_HOME``: commands run meanwhile use the same server and database.
    A server serve started itself stops with serve, unless a command still uses it.
    """
    started: list[bool] = []  # filled once found; the callback runs after the lease ends
    stack.callback(lambda: any(started) and stop(home, unless_in_use=True))
    found = stack.enter_context(use(home, port, say))
    started.append(found.started)
    if not found.started:
        say(f"Using dialogplan's background Prefect server at {found.url}")
    return found.url


def run_serve(  # noqa: PLR0913 - one keyword per option, and two for tests and services
    plans_dir: Path,
    out_dir: Path = Path("out"),
    lead_days: int = LEAD_DAYS,
    weekly_cron: str = WEEKLY_CRON,
    quarterly_hour: int = QUARTERLY_HOUR,
    *,
    port: int | None = DEFAULT_PORT,
    rescan_seconds: float = RESCAN_SECONDS,
) -> int:
    """The ``dialogplan serve`` command; returns its exit code. Runs until Ctrl-C.

    Exit codes: 0 after Ctrl-C or SIGTERM, 2 for invalid arguments or a folder without a
    single valid client (nothing is started), 3 when the local server does not start,
    130 when interrupted while it is starting.
    """
    problems = _problems(plans_dir, out_dir, lead_days, weekly_cron, quarterly_hour)
    if problems:
        for problem in problems:
            say(f"dialogplan serve: {problem}")
        return EXIT_INVALID
    say(_describe(lead_days, weekly_cron, quarterly_hour))

    from prefect.settings import get_current_settings

    settings = get_current_settings()
    stage = "starting"
    try:
        with contextlib.ExitStack() as stack:
            api_url = _server(stack, settings, port)
            ui_url = settings.ui_url or api_url.removesuffix("/api")
            say(f"Prefect UI: {ui_url}/deployments — press Ctrl-C to stop")
            stage = "serving"
            serve_clients(
                plans_dir, out_dir, lead_days, weekly_cron, quarterly_hour, rescan_seconds
            )
    except KeyboardInterrupt:
        pass
    except ServerError as exc:
        say(f"dialogplan serve: {exc}")
        return EXIT_UNEXPECTED
    say("Stopped." if stage == "serving" else "Interrupted.")
    return EXIT_OK if stage == "serving" else EXIT_INTERRUPTED
