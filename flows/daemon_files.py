"""The files through which dialogplan's background Prefect server and its commands meet.

All of them live in ``PREFECT_HOME``, next to the database the server keeps:

- ``dialogplan-daemon.pid``: the supervisor's pid, the server's URL, when it started, its
  idle time and whether it answers yet (JSON), written by the supervisor alone;
- ``dialogplan-daemon.log``: what the supervisor and the server say (the previous one is kept
  as ``dialogplan-daemon.log.1``);
- ``dialogplan-daemon.lock``: held by the supervisor for as long as it lives. The kernel
  lets go of it when the process ends, however it ends, so a free lock means a stale pidfile,
  whatever process now has the pid;
- ``dialogplan-daemon-start.lock``: held by a command while it finds or starts the server,
  so two commands never start two servers on one database;
- ``dialogplan-daemon-leases``: every command using the server holds a shared lock on it and
  touches it at its start and end; the supervisor stops the server only when it can lock it
  alone and it has not been touched for the idle time.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import IO

from flows.local_server import ServerError

__all__ = ["DaemonFiles", "DaemonState", "LockTimeoutError", "locked", "try_lock"]


class LockTimeoutError(ServerError):
    """A lock stayed taken for longer than a command should wait."""


@dataclass(frozen=True)
class DaemonFiles:
    """Where the pidfile, the log and the locks of the server for one ``PREFECT_HOME`` are."""

    home: Path

    @property
    def pidfile(self) -> Path:
        """The supervisor's pid and the server's address, as :class:`DaemonState`."""
        return self.home / "dialogplan-daemon.pid"

    @property
    def log(self) -> Path:
        """The supervisor's and the server's output."""
        return self.home / "dialogplan-daemon.log"

    @property
    def lock(self) -> Path:
        """Held by the living supervisor."""
        return self.home / "dialogplan-daemon.lock"

    @property
    def start_lock(self) -> Path:
        """Held by the command that finds or starts the server."""
        return self.home / "dialogplan-daemon-start.lock"

    @property
    def leases(self) -> Path:
        """Shared by the commands using the server; its time is the last use."""
        return self.home / "dialogplan-daemon-leases"

    def read(self) -> DaemonState | None:
        """The pidfile's state, or None when there is none or it cannot be read."""
        try:
            return DaemonState(**json.loads(self.pidfile.read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def write(self, state: DaemonState) -> None:
        """Replace the pidfile in one step, so a reader never sees half of it."""
        partial = self.pidfile.with_suffix(".pid.partial")
        partial.write_text(json.dumps(asdict(state)), "utf-8")
        partial.replace(self.pidfile)

    def remove(self, pid: int | None = None) -> None:
        """Remove the pidfile; with ``pid``, only if it is still that supervisor's."""
        state = self.read()
        if pid is None or (state is not None and state.pid == pid):
            self.pidfile.unlink(missing_ok=True)

    def supervisor_alive(self) -> bool:
        """Whether a supervisor holds its lock, which no stale pidfile or reused pid can fake."""
        with self.lock.open("a") as file:
            if not try_lock(file, fcntl.LOCK_EX):
                return True
            fcntl.flock(file, fcntl.LOCK_UN)
            return False

    def last_use(self, state: DaemonState) -> float:
        """When a command last started or ended using the server (or when it started)."""
        try:
            touched = self.leases.stat().st_mtime
        except OSError:
            touched = 0.0
        return max(touched, state.started)

    def in_use(self) -> bool:
        """Whether a running command holds a lease."""
        with self.leases.open("a") as file:
            if not try_lock(file, fcntl.LOCK_EX):
                return True
            fcntl.flock(file, fcntl.LOCK_UN)
            return False

    def touch(self) -> None:
        """Mark a use of the server now."""
        self.leases.touch()


@dataclass(frozen=True)
class DaemonState:
    """What the pidfile says: who supervises which server, since when, for how long idle."""

    pid: int
    url: str
    started: float
    idle_seconds: float
    ready: bool = False

    def answering(self) -> DaemonState:
        """The same state once the server answers its health check."""
        return replace(self, ready=True)


def try_lock(file: IO[str], operation: int) -> bool:
    """Take ``operation`` (shared or exclusive) on ``file`` if nobody stands in the way."""
    try:
        fcntl.flock(file, operation | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def locked(path: Path, operation: int, timeout: float, what: str) -> Iterator[IO[str]]:
    """Hold a lock on ``path``, waiting at most ``timeout`` seconds for it: never hang."""
    with path.open("a") as file:
        deadline = time.monotonic() + timeout
        while not try_lock(file, operation):
            if time.monotonic() > deadline:
                raise LockTimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")
            time.sleep(0.05)
        try:
            yield file
        finally:
            fcntl.flock(file, fcntl.LOCK_UN)
