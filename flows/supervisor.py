"""``python -m flows.supervisor HOME IDLE_SECONDS PORT``: dialogplan's background Prefect server.

Started by the first command that needs Prefect (:mod:`flows.daemon`), in a session of its
own so that it outlives that command. It holds the daemon lock for its whole life, starts
``prefect server start`` on the loopback interface through :mod:`flows.tether` (so the server
goes with it, even when it is killed outright), writes the pidfile once the server answers,
and stops the server when no command has used it for ``IDLE_SECONDS``, the way build daemons
(Gradle, Bazel) do. A command still running holds a lease, so it is never cut off. SIGTERM
(``dialogplan server stop``) stops the server at once. Its output is the daemon log.
"""

# ruff: noqa: T201 - the supervisor's standard output is the daemon log
from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import IO

from flows.daemon_files import DaemonFiles, DaemonState, try_lock
from flows.local_server import (
    STARTUP_TIMEOUT,
    ServerError,
    free_port,
    healthy,
    server_command,
    server_environment,
    stop_process,
    wait_until_healthy,
)

__all__ = ["SERVER_GRACE", "main"]

#: Seconds the server gets to shut down before the tether kills it: a wedged server must
#: not keep a command waiting long.
SERVER_GRACE = 5.0
#: Seconds to wait for the daemon lock: a command that just checked it may still hold it.
LOCK_WAIT = 5.0
#: What serving returns when another home's server took the port it was given.
TAKEN = 2


class _StopError(Exception):
    """SIGTERM arrived: stop the server and leave."""


def _stop_on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise _StopError


def say(message: str) -> None:
    """One timestamped line in the daemon log."""
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} dialogplan: {message}", flush=True)


def _lock_within(file: IO[str], seconds: float) -> bool:
    """The daemon lock, unless another supervisor keeps it for longer than a check takes."""
    deadline = time.monotonic() + seconds
    while not try_lock(file, fcntl.LOCK_EX):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _start_server(home: Path, port: int) -> subprocess.Popen[bytes]:
    """``prefect server start``, tethered to this process; its output joins ours."""
    command = [sys.executable, "-m", "flows.tether", "--grace", str(SERVER_GRACE)]
    command += server_command(port, ephemeral=False)
    return subprocess.Popen(  # noqa: S603 - a fixed command; only the port varies
        command,
        stdin=subprocess.PIPE,
        env=server_environment(home, None),
        start_new_session=True,
    )


def _check_interval(idle: float) -> float:
    """How often to look at the leases: often enough for a short idle time, rarely otherwise."""
    return min(max(idle / 10, 0.2), 10.0)


def _idle_stop(files: DaemonFiles, state: DaemonState, server: subprocess.Popen[bytes]) -> bool:
    """Stop the server if nobody used it for the idle time and no command holds a lease."""
    if time.time() - files.last_use(state) < state.idle_seconds:
        return False
    with files.leases.open("a") as leases:
        if not try_lock(leases, fcntl.LOCK_EX):
            return False
        # Commands now wait for the lease; once it is free again they find no server.
        idle = (time.time() - files.last_use(state)) / 60
        say(f"unused for {idle:.1f} minutes; stopping the server")
        stop_process(server, grace=3 * SERVER_GRACE)
        files.remove(state.pid)
    return True


def _watch(files: DaemonFiles, state: DaemonState, server: subprocess.Popen[bytes]) -> int:
    """Until the server stops by itself or has been idle long enough."""
    interval = _check_interval(state.idle_seconds)
    while True:
        time.sleep(interval)
        if server.poll() is not None:
            say(f"the server stopped by itself (exit code {server.returncode})")
            return 1
        if _idle_stop(files, state, server):
            return 0


def _serve(files: DaemonFiles, idle: float, port: int) -> int:
    """Start the server, announce it in the pidfile, and watch it until it is no longer used."""
    chosen = free_port(port or None)
    url = f"http://127.0.0.1:{chosen}/api"
    state = DaemonState(pid=os.getpid(), url=url, started=time.time(), idle_seconds=idle)
    say(f"starting the Prefect server at {url} (stops after {idle / 60:g} idle minutes)")
    server = _start_server(files.home, chosen)
    try:
        files.write(state)
        wait_until_healthy(server, url, files.log, STARTUP_TIMEOUT, files.home)
        files.write(state.answering())
        say("the server answers")
        return _watch(files, state, server)
    except ServerError as exc:
        if port and healthy(url):  # another home's server won the race for the port
            say(f"{url} answers for another PREFECT_HOME; trying a free port")
            return TAKEN
        say(str(exc))
        return 1
    except _StopError:
        say("asked to stop")
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut this short
        stop_process(server, grace=3 * SERVER_GRACE)
        files.remove(state.pid)
        say("stopped")


def main(argv: Sequence[str]) -> int:
    """Supervise one server for ``HOME`` unless another supervisor already does."""
    home, idle, port = Path(argv[0]), float(argv[1]), int(argv[2])
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    files = DaemonFiles(home)
    with files.lock.open("a") as lock:
        if not _lock_within(lock, LOCK_WAIT):
            say("another supervisor already runs for this PREFECT_HOME")
            return 0
        try:
            code = _serve(files, idle, port)
            return _serve(files, idle, 0) if code == TAKEN else code
        except _StopError:  # SIGTERM between two steps of stopping: it stops anyway
            return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
