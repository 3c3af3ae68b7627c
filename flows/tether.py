"""``python -m flows.tether [--grace S] COMMAND...``: run COMMAND only while its starter lives.

A temporary Prefect server must not outlive the run that started it, even when that run is
killed outright (SIGKILL, the out-of-memory killer) and cannot clean up. The starter keeps
the tether's standard input open and never writes to it; when the starter is gone, for any
reason, the pipe reaches its end, and the tether stops COMMAND and every process COMMAND
started. SIGTERM stops them the same way. ``--grace`` shortens the seconds COMMAND gets to
shut down before it is killed, for a starter that must not wait long for a wedged server.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence

__all__ = ["GRACE", "main"]

#: Seconds COMMAND gets to shut down cleanly before it is killed.
GRACE = 10.0


def _stop(child: subprocess.Popen[bytes], grace: float) -> None:
    """Stop the child's whole process group; kill it if it lingers."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGTERM)
    try:
        child.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()


def _grace(argv: Sequence[str]) -> tuple[float, Sequence[str]]:
    """The grace period and the command, from ``[--grace S] COMMAND...``."""
    if len(argv) >= 2 and argv[0] == "--grace":
        return float(argv[1]), argv[2:]
    return GRACE, argv


def main(argv: Sequence[str]) -> int:
    """Run ``argv`` in a process group of its own until our standard input ends."""
    grace, argv = _grace(argv)
    if not argv:
        print("usage: python -m flows.tether [--grace S] COMMAND...", file=sys.stderr)  # noqa: T201
        return 2
    # Ctrl-C in the terminal is for the starter: it decides when the server goes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    child = subprocess.Popen(argv, start_new_session=True)  # noqa: S603 - the starter's command
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: stopping.set())

    def watch() -> None:
        sys.stdin.buffer.read()  # returns once the starter has gone or let go
        stopping.set()

    threading.Thread(target=watch, daemon=True).start()
    while not stopping.wait(0.2):
        if child.poll() is not None:
            return child.returncode
    _stop(child, grace)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
