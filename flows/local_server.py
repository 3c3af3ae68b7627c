"""A Prefect server of serve's own: started on the loopback interface, checked, and stopped.

Schedules only fire on a real Prefect server, never on the temporary one a plain flow run
starts. Without ``PREFECT_API_URL``, ``dialogplan serve`` starts ``prefect server start``
here for as long as it runs; with it, the configured server is checked before anything is
scheduled on it.
"""

# ruff: noqa: PLC0415 - Prefect loads when serve starts, not when this module is imported
from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = [
    "DEFAULT_PORT",
    "STARTUP_TIMEOUT",
    "TASK_RUN_RECORDING",
    "ServerError",
    "check_server",
    "free_port",
    "healthy",
    "local_server",
    "server_command",
    "server_environment",
    "serves",
    "stop_process",
    "tail",
    "talk_to",
    "wait_until_healthy",
]

#: Prefect's usual port, so the UI keeps its address between runs when the port is free.
DEFAULT_PORT = 4200
#: A first start creates the database; on a busy two-core machine that can take a minute.
STARTUP_TIMEOUT = 120.0


class ServerError(RuntimeError):
    """The local Prefect server did not come up."""


def free_port(preferred: int | None) -> int:
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


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """Whether a Prefect server answers its health check at ``api_url`` within ``timeout``."""
    try:
        # An http URL built by serve or set in PREFECT_API_URL, never a user's file path.
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as response:  # noqa: S310
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError):
        return False


def serves(api_url: str, home: Path, timeout: float = 2.0) -> bool:
    """Whether the Prefect server at ``api_url`` keeps its database in ``home``.

    Another team's server may answer on the same port: two commands with different
    ``PREFECT_HOME`` that start at once both find Prefect's usual port free, and the one
    that loses the race would otherwise talk to the other's server and database.
    """
    try:
        # An http URL of our own making, never a user's file path.
        with urllib.request.urlopen(f"{api_url}/admin/settings", timeout=timeout) as response:  # noqa: S310
            settings = json.load(response)
    except (OSError, urllib.error.URLError, ValueError):
        return False
    found = settings.get("home") if isinstance(settings, dict) else None
    return isinstance(found, str) and Path(found).resolve() == home.resolve()


def stop_process(process: subprocess.Popen[bytes], grace: float = 15.0) -> None:
    """Stop a process started in its own group, and all it started; kill it if it lingers."""
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()
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


def tail(path: Path, lines: int = 20) -> str:
    """The last ``lines`` lines of a server's log, for a message saying why it did not start."""
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.strip().splitlines()[-lines:])


#: How dialogplan's own servers record task runs, unless the user's environment says
#: otherwise: Prefect writes each task run's every state change (three per task) in a
#: database transaction of its own, which made the server's work for a thousand clients
#: (37-44 CPU seconds) the largest cost of an agency run after the planning itself.
#: Batched, the same task runs and states reach the UI within a second.
TASK_RUN_RECORDING = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "100",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL": "1",
}


def server_environment(home: Path, env: Mapping[str, str] | None) -> dict[str, str]:
    """The server's environment: ours, without a server to talk to, plus ``env``."""
    environment = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    environment.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    for name, value in TASK_RUN_RECORDING.items():
        environment.setdefault(name, value)
    environment.update(env or {})
    environment["PREFECT_HOME"] = str(home)
    # The log is a file of its own, read when something is wrong: keep warnings and errors
    # in it even when the terminal is quieted (the command line silences the server).
    if environment.get("PREFECT_SERVER_LOGGING_LEVEL", "").upper() in {"ERROR", "CRITICAL"}:
        environment["PREFECT_SERVER_LOGGING_LEVEL"] = "WARNING"
    return environment


#: What marks a server as temporary, as Prefect's own temporary server is started.
EPHEMERAL = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
}


def server_command(port: int, *, ephemeral: bool) -> list[str]:
    """The full server with its UI and scheduler, or the temporary one a flow run needs."""
    if ephemeral:
        return [
            sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "error",
            "--lifespan", "on",
        ]  # fmt: skip
    prefect = Path(sys.executable).parent / "prefect"
    command = [str(prefect) if prefect.exists() else "prefect", "server", "start"]
    return [*command, "--host", "127.0.0.1", "--port", str(port)]


def _start(
    command: list[str], log_path: Path, environment: dict[str, str]
) -> subprocess.Popen[bytes]:
    """Start the server tethered to this process (:mod:`flows.tether`).

    The tether holds the read end of a pipe whose write end only this process has: if this
    process dies, even by SIGKILL, the server is stopped too.
    """
    tethered = [sys.executable, "-m", "flows.tether", *command]
    with log_path.open("wb") as log:
        return subprocess.Popen(  # noqa: S603 - a fixed command; only the port varies
            tethered,
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=environment,
            start_new_session=sys.platform != "win32",
        )


def wait_until_healthy(
    process: subprocess.Popen[bytes], api_url: str, log_path: Path, timeout: float, home: Path
) -> None:
    """Return once the server answers for ``home``; fail with its log when it stops or stalls."""
    deadline = time.monotonic() + timeout
    while not (healthy(api_url) and serves(api_url, home)):
        if process.poll() is not None:
            raise ServerError(
                f"the Prefect server stopped with exit code {process.returncode}; "
                f"its log ({log_path}) ends with:\n{tail(log_path)}"
            )
        if time.monotonic() > deadline:
            raise ServerError(
                f"the Prefect server did not answer at {api_url}/health within "
                f"{timeout:.0f} s; its log ({log_path}) ends with:\n{tail(log_path)}"
            )
        time.sleep(0.25)


@contextlib.contextmanager
def local_server(
    home: Path,
    port: int | None = DEFAULT_PORT,
    timeout: float = STARTUP_TIMEOUT,
    env: Mapping[str, str] | None = None,
    *,
    ephemeral: bool = False,
) -> Iterator[str]:
    """``prefect server start`` on the loopback interface; yields its API URL, then stops it.

    The server runs in its own process group, so Ctrl-C in the terminal reaches serve only:
    serve winds down first, then stops the server, and no server process outlives it. Its
    output goes to ``dialogplan-server.log`` in ``home``, Prefect's home folder, where it
    keeps its database too. ``env`` adds to the server's environment. An ``ephemeral``
    server is the temporary one a single flow run needs (no UI, no scheduler), as Prefect
    starts it itself, but tethered to this process.
    """
    chosen = free_port(port)
    api_url = f"http://127.0.0.1:{chosen}/api"
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / ("dialogplan-temporary-server.log" if ephemeral else "dialogplan-server.log")
    environment = server_environment(home, {**(EPHEMERAL if ephemeral else {}), **(env or {})})
    process = _start(server_command(chosen, ephemeral=ephemeral), log_path, environment)
    try:
        wait_until_healthy(process, api_url, log_path, timeout, home)
        yield api_url
    finally:
        stop_process(process)


@contextlib.contextmanager
def talk_to(api_url: str) -> Iterator[None]:
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


def check_server(api_url: str) -> None:
    """Fail with a clear message when the configured server does not answer."""
    from prefect import get_client

    with get_client(sync_client=True) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        raise ServerError(
            f"the Prefect server at {api_url} (PREFECT_API_URL) does not answer: {problem}; "
            "start it, or unset PREFECT_API_URL to let serve start a local one"
        )
