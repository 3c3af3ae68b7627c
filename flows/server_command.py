"""``dialogplan server status|start|stop``: look after dialogplan's background Prefect server.

The server starts by itself with the first command that needs Prefect and stops by itself
when unused (:mod:`flows.daemon`); these commands are for seeing what runs, starting it ahead
of a session, and stopping it now.
"""

# ruff: noqa: T201 - the commands talk to people on stdout and stderr
# ruff: noqa: PLC0415 - Prefect's settings load only when a server command runs
from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

from flows import daemon
from flows.daemon_files import DaemonFiles
from flows.exit_codes import EXIT_INVALID, EXIT_OK

__all__ = ["run_server"]

#: A server in use is left running: nothing changed, as with invalid input.
EXIT_IN_USE = EXIT_INVALID


def run_server(args: argparse.Namespace) -> int:
    """The ``server`` command: ``status``, ``start`` or ``stop``."""
    home, api_url = _prefect_home()
    if api_url:
        print(f"PREFECT_API_URL is set: commands use the Prefect server at {api_url}, not this one")
    action: str = args.action
    if action == "stop":
        return _stop(home, now=args.now)
    if action == "start":
        with daemon.use(home, say=_say) as found:
            _say("Started it." if found.started else "It was already running.")
    _print_status(daemon.status(home))
    return EXIT_OK


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _prefect_home() -> tuple[Path, str | None]:
    """``PREFECT_HOME`` and ``PREFECT_API_URL`` as Prefect reads them (profiles included)."""
    from prefect.settings import get_current_settings

    settings = get_current_settings()
    return settings.home, settings.api.url


def _stop(home: Path, *, now: bool) -> int:
    """Stop the server, but not under a running command unless asked to: it would fail."""
    stopped = daemon.stop(home, unless_in_use=not now)
    if stopped is not None:
        print(f"Stopped the background Prefect server at {stopped.url} (pid {stopped.pid}).")
    elif not now and DaemonFiles(home).supervisor_alive():
        print(
            "The background Prefect server is in use by a running dialogplan command and was "
            "left running: it stops by itself once unused. To stop it now and cut that "
            "command off, run: dialogplan server stop --now",
            file=sys.stderr,
        )
        return EXIT_IN_USE
    else:
        print("No background Prefect server was running.")
    return EXIT_OK


def _print_status(status: daemon.Status) -> None:
    files, state = status.files, status.state
    if state is None:
        print("The background Prefect server is not running; the next command that needs")
        print("Prefect starts it.")
        print(f"  log:       {files.log}")
        return
    health = "answering" if status.answering else "NOT answering (the next command replaces it)"
    up = _duration(time.time() - state.started)
    print(f"The background Prefect server is running, {health}.")
    print(f"  UI:        {state.url.removesuffix('/api')}")
    print(f"  API:       {state.url}")
    print(f"  pid:       {state.pid} (its supervisor; the pidfile is {files.pidfile})")
    print(f"  up for:    {up}")
    print(f"  stops:     {_stops(status)}")
    print(f"  log:       {files.log}")


def _stops(status: daemon.Status) -> str:
    """When the server stops by itself, in words."""
    idle = f"after {_duration(status.state.idle_seconds if status.state else 0)} unused"
    if status.idle_stop is None:
        return f"not while a command uses it; then {idle}"
    when = datetime.fromtimestamp(status.idle_stop).astimezone()
    return f"at {when:%H:%M:%S} unless a command uses it first ({idle}; `server stop` now)"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"
