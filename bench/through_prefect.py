"""``plan-all`` through Prefect, in a fresh interpreter per configuration, and what it costs.

Memory and CPU time are sampled from ``/proc`` for the whole process tree, with the Prefect
server processes counted apart.
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import synthetic

#: ``workers``: the default, tasks in threads handing the planning to warm worker
#: processes; ``threads``: tasks in threads, each client in a fresh child process
#: (``DIALOGPLAN_WORKERS=0``); ``processes``: Prefect's process pool runner.
RUNNERS = ("workers", "threads", "processes", "processes-shared")
#: The script whose hidden ``--child`` option runs plan-all in the subprocess.
RUN_SCRIPT = Path(__file__).with_name("run.py")


@dataclass
class PrefectRun:
    """One plan-all run: wall time, failures and memory."""

    runner: str
    clients: int
    wall: float = 0.0
    failed: int = 0
    baseline: float = 0.0
    maxrss_mb: float = 0.0
    peak_work_mb: float = 0.0
    peak_server_mb: float = 0.0
    servers: int = 0
    cpu_work: float = 0.0
    cpu_server: float = 0.0
    error: str = ""

    @property
    def overhead(self) -> float:
        """(plan-all wall − the same jobs without Prefect) / those jobs."""
        return (self.wall - self.baseline) / self.baseline if self.baseline else float("nan")

    @property
    def ratio(self) -> float:
        """plan-all wall / the same jobs without Prefect."""
        return self.wall / self.baseline if self.baseline else float("nan")


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _processes() -> dict[int, tuple[int, float]]:
    """Every process's parent and CPU seconds so far, from ``/proc``."""
    found: dict[int, tuple[int, float]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK)
    return found


def _rss_mb(pid: int) -> tuple[float, bool]:
    """Resident memory of a process in MB, and whether it is a Prefect server."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return 0.0, False
    kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")), 0)
    server = b"uvicorn" in cmdline or b"server start" in cmdline
    return kb / 1024, server


class Sampler(threading.Thread):
    """Peak resident memory and CPU time of a process tree, work and Prefect servers apart."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_work = 0.0
        self.peak_server = 0.0
        self.cpu: dict[int, float] = {}
        self.servers: set[int] = set()
        self.done = threading.Event()

    def run(self) -> None:
        """Sample every 0.1 s until told to stop."""
        while not self.done.wait(0.1):
            processes = _processes()
            children: dict[int, list[int]] = {}
            for pid, (parent, _) in processes.items():
                children.setdefault(parent, []).append(pid)
            tree, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo.extend(children.get(pid, []))
            work = server = 0.0
            for pid in tree:
                mb, is_server = _rss_mb(pid)
                if is_server:
                    server += mb
                    self.servers.add(pid)
                else:
                    work += mb
                if pid in processes:
                    self.cpu[pid] = processes[pid][1]
            self.peak_work = max(self.peak_work, work)
            self.peak_server = max(self.peak_server, server)

    def cpu_seconds(self) -> tuple[float, float]:
        """CPU seconds of the work processes and of the servers, as last seen."""
        server = sum(cpu for pid, cpu in self.cpu.items() if pid in self.servers)
        return sum(self.cpu.values()) - server, server


def run_plan_all(  # noqa: PLR0913 - one run's every setting
    runner: str,
    plans: Path,
    out: Path,
    home: Path,
    concurrency: int,
    *,
    api_url: str | None = None,
    code: Path | None = None,
) -> PrefectRun:
    """Run plan-all in a fresh interpreter with the runner configured, and watch its memory.

    With ``api_url`` the run uses that server instead of starting a temporary one; with
    ``code``, the dialogplan code in that tree instead of this one (its name gets
    ``-before``).
    """
    name = f"{runner}-before" if code else runner
    result = PrefectRun(name, len(synthetic.strategy_paths(plans)))
    report = out.parent / f"{out.name}.json"
    env = dict(os.environ)
    env.pop("DIALOGPLAN_WORKERS", None)
    if runner == "threads":
        env["DIALOGPLAN_WORKERS"] = "0"
    env.update(
        DIALOGPLAN_TASK_RUNNER="threads" if runner in {"workers", "threads"} else "processes",
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90",
        DO_NOT_TRACK="1",
    )
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    if code:
        env["PYTHONPATH"] = os.pathsep.join([str(code), env.get("PYTHONPATH", "")])
    args = [sys.executable, str(RUN_SCRIPT), "--child", str(plans), str(out), str(report)]
    args += ["--concurrency", str(concurrency)]
    if runner == "processes-shared":
        args.append("--shared-server")
    with (out.parent / f"{out.name}.log").open("wb") as log:
        child = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
        sampler = Sampler(child.pid)
        sampler.start()
        exit_code = child.wait()
        sampler.done.set()
        sampler.join()
    result.peak_work_mb, result.peak_server_mb = sampler.peak_work, sampler.peak_server
    result.servers = len(sampler.servers)
    result.cpu_work, result.cpu_server = sampler.cpu_seconds()
    if exit_code != 0 or not report.is_file():
        result.error = f"plan-all exited with {exit_code}; see {out.parent / f'{out.name}.log'}"
        return result
    data = json.loads(report.read_text())
    result.wall, result.failed, result.maxrss_mb = data["wall"], data["failed"], data["maxrss_mb"]
    return result


def child_plan_all(plans: Path, out: Path, report: Path, concurrency: int, *, shared: bool) -> None:
    """The subprocess side: import the flow with the runner from the environment, run it.

    Without ``shared``, the run starts the temporary Prefect server that
    ``DIALOGPLAN_SERVER=temporary dialogplan plan-all`` starts, with dialogplan's settings for
    its own servers, and its start counts; with it, Prefect's own server runs beforehand.
    """
    start = time.perf_counter()
    if shared:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()
        server.start(timeout=90)
        os.environ["PREFECT_API_URL"] = server.api_url
        # After Prefect's own exit handlers have sent the last logs and events to it.
        atexit.register(server.stop)
        start = time.perf_counter()
        result, wall = _timed_plan_all(plans, out, concurrency, start)
    else:
        from prefect.settings import get_current_settings

        from flows.local_server import local_server, talk_to

        home = get_current_settings().home
        with local_server(home, port=None, ephemeral=True) as api_url, talk_to(api_url):
            result, wall = _timed_plan_all(plans, out, concurrency, start)
            _drain()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    data = {"wall": wall, "failed": len(result.failed), "maxrss_mb": maxrss}
    report.write_text(json.dumps(data))


def _timed_plan_all(plans: Path, out: Path, concurrency: int, start: float) -> tuple[Any, float]:
    from flows.plan_all import plan_all

    result = plan_all(plans, out, concurrency, synthetic.AS_OF, use_cache=False)
    return result, time.perf_counter() - start


def _drain() -> None:
    """The last logs and events go to the temporary server before it stops, as the command does."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=5)
