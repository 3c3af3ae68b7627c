"""dialogplan's background Prefect server, with real processes on free loopback ports.

The tests share one Prefect home and run in order, to start as few servers as possible:
two commands at once start one server (and leave a stale pidfile's process alone), a plan
uses it, ``server stop`` spares it while a command uses it and ``--now`` stops it; then a
wedged server is replaced by one with a short idle time, which outlives that time while a
command uses it and stops by itself afterwards. The opt-out (``DIALOGPLAN_SERVER=temporary``)
is tested in ``test_kill.py``.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from flows import daemon
from flows.cli import EXIT_INVALID, main
from flows.daemon import _listening
from flows.daemon_files import DaemonFiles, locked
from tests.support import ROOT

pytestmark = pytest.mark.flow

DIALOGPLAN = Path(sys.executable).parent / "dialogplan"
EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"
#: Six seconds: longer than a command takes to start, short enough to wait for.
SHORT_IDLE = {daemon.IDLE_VARIABLE: "0.1"}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The Prefect home the tests share; whatever runs there is stopped at the end."""
    folder = tmp_path_factory.mktemp("daemon-home")
    yield folder
    daemon.stop(folder)
    assert supervisors(folder) == []


def environment(home: Path, **extra: str) -> dict[str, str]:
    """Our environment without a configured server, pointed at ``home``."""
    env = {k: v for k, v in os.environ.items() if k not in {"PREFECT_API_URL", "DIALOGPLAN_SERVER"}}
    env.update(PREFECT_HOME=str(home), **{daemon.PORT_VARIABLE: "0"}, **extra)
    return env


def dialogplan(home: Path, *args: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(DIALOGPLAN), *args],
        env=environment(home, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(run: subprocess.Popen[str]) -> str:
    """Standard output and error of a run that succeeded."""
    out, err = run.communicate(timeout=240)
    assert run.returncode == 0, out + err
    return out + err


def supervisors(home: Path) -> list[psutil.Process]:
    """The live supervisor processes of ``home``."""
    found = []
    for process in psutil.process_iter():
        try:
            cmdline = process.cmdline()
            if "flows.supervisor" in cmdline and str(home) in cmdline:
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return [p for p in found if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def state(home: Path) -> daemon.DaemonState:
    found = DaemonFiles(home).read()
    assert found is not None and found.ready
    return found


def test_two_commands_at_once_start_one_server_and_spare_a_reused_pid(home: Path) -> None:
    """A stale pidfile names a live process of someone else's: it is left alone."""
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        stale = {"pid": stranger.pid, "url": "http://127.0.0.1:9/api", "started": 0.0}
        (home / "dialogplan-daemon.pid").write_text(json.dumps({**stale, "idle_seconds": 60}))
        runs = [dialogplan(home, "server", "start") for _ in range(2)]
        outputs = [finished(run) for run in runs]
        assert stranger.poll() is None, "a stale pidfile's process was signalled"
    finally:
        stranger.kill()
        stranger.wait()
    running = state(home)
    assert [p.pid for p in supervisors(home)] == [running.pid]
    assert sum("Started it." in out for out in outputs) == 1
    assert all(running.url in out for out in outputs)
    assert daemon.status(home).answering


def test_a_plan_uses_the_running_server_and_its_run_is_recorded_there(
    home: Path, tmp_path: Path
) -> None:
    before = state(home)
    output = finished(dialogplan(home, "plan", str(EXAMPLE), "--out", str(tmp_path / "out")))
    assert "on dialogplan's background Prefect server" in output
    assert "Starting dialogplan's background" not in output
    assert state(home) == before
    runs = json.loads(_post(f"{before.url}/flow_runs/filter", {}))
    assert [run["state_type"] for run in runs] == ["COMPLETED"]


def test_server_stop_spares_a_server_in_use_unless_told_now(home: Path) -> None:
    """Another shell's ``server stop`` would make a running plan fail half-way."""
    running = state(home)
    files = DaemonFiles(home)
    with locked(files.leases, fcntl.LOCK_SH, 10, "the lease"):  # as a running command does
        refused = dialogplan(home, "server", "stop")
        out, err = refused.communicate(timeout=240)
        assert refused.returncode == EXIT_INVALID, out + err
        assert "in use by a running dialogplan command" in err
        assert "dialogplan server stop --now" in err
        assert daemon.status(home).answering
        output = finished(dialogplan(home, "server", "stop", "--now"))
    assert f"Stopped the background Prefect server at {running.url}" in output
    assert supervisors(home) == []
    assert not _listening(running.url)
    assert not (home / "dialogplan-daemon.pid").exists()
    assert "is not running" in finished(dialogplan(home, "server", "status"))


def test_a_wedged_server_is_replaced_without_waiting_for_it(home: Path) -> None:
    """A supervisor holds its lock, and its port accepts connections but never answers."""
    wedged, url = _wedged(home)
    try:
        began = time.monotonic()
        output = finished(dialogplan(home, "server", "start", **SHORT_IDLE))
        assert "does not answer; replacing it" in output
        assert wedged.wait(5) is not None
    finally:
        if wedged.poll() is None:
            wedged.kill()
    assert time.monotonic() - began < daemon.HEALTH_TIMEOUT + 120
    assert state(home).url != url
    assert daemon.status(home).answering


def test_an_idle_server_stops_by_itself_but_never_under_a_running_command(home: Path) -> None:
    running = state(home)
    assert running.idle_seconds == 6.0
    files = DaemonFiles(home)
    with locked(files.leases, fcntl.LOCK_SH, 10, "the lease"):  # as a running command does
        files.touch()
        time.sleep(running.idle_seconds + 2)
        assert daemon.status(home).answering
        assert daemon.status(home).idle_stop is None
    deadline = time.monotonic() + 30
    while supervisors(home) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert supervisors(home) == []
    assert not _listening(running.url)
    assert "stopping the server" in files.log.read_text("utf-8")
    assert not files.pidfile.exists()


@pytest.mark.parametrize(
    ("variable", "value"), [(daemon.MODE_VARIABLE, "bogus"), (daemon.IDLE_VARIABLE, "0")]
)
def test_a_wrong_setting_is_refused_before_anything_starts(
    variable: str,
    value: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    quieted = ("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "PREFECT_SERVER_LOGGING_LEVEL")
    for name in (*quieted, "PREFECT_API_URL", daemon.MODE_VARIABLE):
        monkeypatch.delenv(name, raising=False)  # restored afterwards, whatever plan sets
    monkeypatch.setenv(variable, value)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    assert main(["plan", str(EXAMPLE), "--out", str(tmp_path / "out")]) == EXIT_INVALID
    assert capsys.readouterr().err.startswith(f"{variable}: '{value}' is not ")
    assert not (tmp_path / "dialogplan-daemon.pid").exists()


WEDGED = """
import fcntl, json, socket, sys, time
home, pidfile = sys.argv[1], sys.argv[1] + "/dialogplan-daemon.pid"
lock = open(home + "/dialogplan-daemon.lock", "a")
fcntl.flock(lock, fcntl.LOCK_EX)
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
url = f"http://127.0.0.1:{server.getsockname()[1]}/api"
state = {"pid": __import__("os").getpid(), "url": url, "started": time.time(),
         "idle_seconds": 60, "ready": True}
open(pidfile, "w").write(json.dumps(state))
print(url, flush=True)
time.sleep(120)
"""


def _wedged(home: Path) -> tuple[subprocess.Popen[str], str]:
    """A stand-in supervisor (its command line names flows.supervisor) whose server hangs."""
    process = subprocess.Popen(
        [sys.executable, "-c", WEDGED, str(home), "flows.supervisor"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def _post(url: str, body: dict[str, object]) -> str:
    import urllib.request

    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return str(response.read().decode())
