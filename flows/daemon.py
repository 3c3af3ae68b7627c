"""dialogplan's background Prefect server as commands see it: find it, or start it, and use it.

Without ``PREFECT_API_URL``, a temporary server costs every command about ten seconds. So
the first command that needs Prefect starts a server of dialogplan's own in the background
(:mod:`flows.supervisor`), and later commands find it through its pidfile and a health check
and use it: a plan then costs about the time of its imports, and every run collects in one
UI. It stops by itself after ``DIALOGPLAN_SERVER_IDLE_MINUTES`` (30) minutes in which no
command used it. ``DIALOGPLAN_SERVER=temporary`` gives today's temporary server instead,
tethered to the command, for people who want nothing left running.

A command never hangs on a server that is gone or wedged: a pidfile whose supervisor no
longer holds its lock is stale (whatever process has its pid now is left alone), and a
server that does not answer its health check within :data:`HEALTH_TIMEOUT` seconds is
stopped and replaced. Finding or starting happens under a file lock, so two commands at
once never start two servers on one database. The files are described in
:mod:`flows.daemon_files`.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from dialogplan.errors import InputError, Problem
from flows.daemon_files import DaemonFiles, DaemonState, locked
from flows.local_server import (
    DEFAULT_PORT,
    STARTUP_TIMEOUT,
    ServerError,
    healthy,
    server_environment,
    tail,
)
from flows.supervisor import SERVER_GRACE

__all__ = [
    "HEALTH_TIMEOUT",
    "IDLE_MINUTES",
    "IDLE_VARIABLE",
    "MODE_VARIABLE",
    "PORT_VARIABLE",
    "Found",
    "Status",
    "background_wanted",
    "status",
    "stop",
    "use",
]

#: ``temporary`` here gives every command a temporary server of its own, as before.
MODE_VARIABLE = "DIALOGPLAN_SERVER"
#: Minutes without a command using it after which the background server stops.
IDLE_VARIABLE = "DIALOGPLAN_SERVER_IDLE_MINUTES"
#: The port the background server prefers; 0 for any free one.
PORT_VARIABLE = "DIALOGPLAN_SERVER_PORT"
IDLE_MINUTES = 30.0
#: Seconds a running server gets to answer its health check before it counts as wedged.
HEALTH_TIMEOUT = 3.0
#: Seconds to wait for a supervisor to stop its server and go, before it is killed.
STOP_TIMEOUT = 6 * SERVER_GRACE
#: Seconds a command waits for another one that is starting the server.
START_WAIT = STARTUP_TIMEOUT + 2 * STOP_TIMEOUT

#: Supervisors this process started: kept, so that they are not reported as lost children.
_STARTED: list[subprocess.Popen[bytes]] = []

Say = Callable[[str], None]


def _silent(_message: str) -> None:
    """Say nothing."""


@dataclass(frozen=True)
class Found:
    """The background server a command uses, and whether that command had to start it."""

    url: str
    started: bool


def background_wanted() -> bool:
    """Whether commands use the background server (the default) or a temporary one each."""
    mode = os.environ.get(MODE_VARIABLE, "").strip().lower()
    if mode in {"", "background"}:
        idle_seconds()  # a wrong idle time fails now, not after Prefect has loaded
        return True
    if mode == "temporary":
        return False
    message = (
        f"{mode!r} is not a choice: use 'background' (the default) or 'temporary' "
        "(a server for each command, stopped with it)"
    )
    raise InputError([Problem(MODE_VARIABLE, "", None, message)])


def idle_seconds() -> float:
    """The idle time from the environment, in seconds."""
    text = os.environ.get(IDLE_VARIABLE, "").strip()
    try:
        minutes = float(text) if text else IDLE_MINUTES
    except ValueError:
        minutes = -1.0
    if not 0 < minutes < 1e6:
        message = f"{text!r} is not a number of minutes above 0; set it like 30, or unset it"
        raise InputError([Problem(IDLE_VARIABLE, "", None, message)])
    return minutes * 60


def _port(preferred: int | None) -> int:
    """The port to ask for: the environment's, the caller's, or any free one (0)."""
    text = os.environ.get(PORT_VARIABLE, "").strip()
    if text.isdigit() and int(text) < 65536:
        return int(text)
    return preferred or 0


@contextlib.contextmanager
def use(home: Path, port: int | None = DEFAULT_PORT, say: Say = _silent) -> Iterator[Found]:
    """The background server for ``home``, started if need be, in use until the block ends."""
    files = DaemonFiles(home)
    home.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        with _starting(files):
            stack.enter_context(_lease(files))
            state = _find(files, say)
            found = Found(state.url, started=False) if state else _start(files, port, say)
        yield found


def _starting(files: DaemonFiles) -> contextlib.AbstractContextManager[object]:
    """Only one command at a time finds or starts the server."""
    what = "another dialogplan command to start the background Prefect server"
    return locked(files.start_lock, fcntl.LOCK_EX, START_WAIT, what)


@contextlib.contextmanager
def _lease(files: DaemonFiles) -> Iterator[None]:
    """Hold the server in use: the supervisor does not stop it while any command holds this."""
    what = "the idle background Prefect server to stop"
    with locked(files.leases, fcntl.LOCK_SH, STOP_TIMEOUT, what):
        files.touch()
        try:
            yield
        finally:
            files.touch()


def _find(files: DaemonFiles, say: Say) -> DaemonState | None:
    """The running server that answers; a stale pidfile or a wedged server is cleaned up."""
    if not files.supervisor_alive():
        files.remove()  # stale: nobody holds the lock, whatever process has the pid now
        return None
    state = _ready(files, time.monotonic() + STARTUP_TIMEOUT)
    if state is not None and healthy(state.url, HEALTH_TIMEOUT):
        return state
    wedged = state or files.read()
    if wedged is not None:
        say(f"The background Prefect server at {wedged.url} does not answer; replacing it…")
        _stop_supervisor(files, wedged)
    return None


def _ready(
    files: DaemonFiles, deadline: float, process: subprocess.Popen[bytes] | None = None
) -> DaemonState | None:
    """The pidfile once its server answers; None when its supervisor went away first."""
    while True:
        state = files.read()
        if state is not None and state.ready:
            return state
        gone = process.poll() is not None if process else not files.supervisor_alive()
        if gone or time.monotonic() > deadline:
            return None
        time.sleep(0.1)


def _start(files: DaemonFiles, port: int | None, say: Say) -> Found:
    """Start a supervisor in a session of its own and wait until its server answers."""
    idle = idle_seconds()
    say(
        "Starting dialogplan's background Prefect server (once; it stops after "
        f"{idle / 60:g} idle minutes)…"
    )
    with contextlib.suppress(OSError):
        files.log.replace(files.log.with_suffix(".log.1"))
    command = [sys.executable, "-m", "flows.supervisor", str(files.home), str(idle)]
    environment = server_environment(files.home, None)
    # The command quiets Prefect's console; the log is read when something is wrong.
    environment.pop("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", None)
    with files.log.open("ab") as log:
        process = subprocess.Popen(  # noqa: S603 - our own module, with our own arguments
            [*command, str(_port(port))],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=environment,
            start_new_session=True,
        )
    _STARTED.append(process)
    state = _ready(files, time.monotonic() + STARTUP_TIMEOUT + 10, process)
    if state is None or state.pid != process.pid:
        raise _give_up(files, process)
    return Found(state.url, started=True)


def _give_up(files: DaemonFiles, process: subprocess.Popen[bytes]) -> ServerError:
    """Stop a supervisor whose server did not come up, and say why from its log."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return ServerError(
        f"the background Prefect server did not start; its log ({files.log}) ends with:\n"
        f"{tail(files.log)}"
    )


def _is_supervisor(pid: int) -> bool:
    """Whether ``pid`` runs :mod:`flows.supervisor`, where the system can tell (``/proc``)."""
    try:
        return b"flows.supervisor" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # no /proc: the lock is the proof
    except OSError:
        return False


def _stop_supervisor(files: DaemonFiles, state: DaemonState) -> None:
    """SIGTERM, then SIGKILL if it lingers; then wait until its server's port is closed."""
    if not _is_supervisor(state.pid):
        files.remove(state.pid)
        return
    for signum, patience in ((signal.SIGTERM, STOP_TIMEOUT), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(state.pid, signum)
        deadline = time.monotonic() + patience
        while files.supervisor_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        if not files.supervisor_alive():
            break
    # Killed outright, the supervisor leaves its server to the tether, which stops it.
    deadline = time.monotonic() + 3 * SERVER_GRACE
    while _listening(state.url) and time.monotonic() < deadline:
        time.sleep(0.1)
    files.remove(state.pid)


def _listening(url: str) -> bool:
    """Whether something still accepts connections at ``url``'s port."""
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), 0.5):
            return True
    except OSError:
        return False


@dataclass(frozen=True)
class Status:
    """What ``dialogplan server status`` reports."""

    files: DaemonFiles
    state: DaemonState | None
    answering: bool
    in_use: bool

    @property
    def idle_stop(self) -> float | None:
        """When the server stops unless a command uses it first (None while one does)."""
        if self.state is None or self.in_use:
            return None
        return self.files.last_use(self.state) + self.state.idle_seconds


def status(home: Path) -> Status:
    """The background server for ``home``: running or not, answering or not, in use or not."""
    files = DaemonFiles(home)
    if not home.is_dir() or not files.supervisor_alive():
        return Status(files, None, answering=False, in_use=False)
    state = files.read()
    answering = state is not None and state.ready and healthy(state.url, HEALTH_TIMEOUT)
    return Status(files, state, answering=answering, in_use=files.in_use())


def stop(home: Path, *, unless_in_use: bool = False) -> DaemonState | None:
    """Stop the background server for ``home``; the state it had, or None if none ran.

    With ``unless_in_use``, a server a running command uses is left running (and None is
    returned): under the start lock no command can begin using it meanwhile.
    """
    files = DaemonFiles(home)
    if not home.is_dir():
        return None
    with _starting(files):
        if not files.supervisor_alive():
            files.remove()
            return None
        if unless_in_use and files.in_use():
            return None
        state = _ready(files, time.monotonic() + STARTUP_TIMEOUT) or files.read()
        if state is not None:
            _stop_supervisor(files, state)
        return state
