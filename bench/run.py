"""How fast dialogplan plans an agency's clients, alone and through Prefect.

Run from the project folder::

    python bench/run.py                          # everything: about 15 minutes on 2 cores
    python bench/run.py --sizes 10,100 --skip-prefect     # the core only, in a minute
    python bench/run.py --json bench.json        # the table, and every figure as JSON

Options:

``--sizes 10,100,1000``
    how many synthetic clients (3-month plans) to plan; one agency folder per size
``--horizons 3,6,12``
    plan lengths in months for the core table; horizons other than 3 months run with
    ``--horizon-clients`` clients (default 100, at most the largest size)
``--skip-prefect``
    measure the core only, without ``plan-all`` through Prefect
``--runners threads,processes,processes-shared``
    the ``plan-all`` configurations: ``DIALOGPLAN_TASK_RUNNER=threads`` and ``processes`` on
    the temporary server, and ``processes-shared``: processes with one server started first
    and handed to the workers through ``PREFECT_API_URL`` (see below)
``--concurrency 4``
    ``plan-all``'s bound on clients in flight; ``--cores`` (default: all) is the number of
    worker processes the core is measured on for the process runners
``--workdir DIR``
    where agencies, outputs and the Prefect database go (default: a temporary folder,
    removed afterwards unless ``--keep``)
``--json PATH``
    also write every figure as JSON

What is measured
----------------

The workload is :mod:`synthetic`: N invented clients with one to five channels, German and
English, a dozen time zones and holiday regions, some with their own templates or an
activity log. The same seed gives the same clients on every run.

*core*, per client-quarter
    ``flows.client.run_client`` in this process, without Prefect, split into stages by
    timing the functions it calls: ``parse`` (read and validate the strategy, templates and
    activity log), ``schedule``, ``render`` (Jinja prompts), ``check`` (plan checks and the
    reality check), ``ical`` (``calendar.ics`` and the channel feeds), ``csv`` (both CSV
    files), ``report`` (summary, ``report.md`` and ``report.html``). *core* is the sum of
    these; *job* adds what is left of ``run_client``: the cache key, and writing the files
    and the stamp. Figures are per client divided by quarters (months / 3). One client is
    planned first to warm up (templates compiled, holiday tables loaded) and not counted.
*icalendar*
    the time icalendar alone needs for the same events: for each calendar entry an
    ``Event`` with UID, DTSTAMP, DTSTART and DTEND (time zone aware), SUMMARY, DESCRIPTION
    and CATEGORIES added to one ``Calendar``, then ``Calendar.to_ical()``: the least any
    iCalendar export of these entries costs with that library. *core/ical* is the ratio.
*plan-all wall*
    ``flows.plan_all.plan_all`` on a fresh output folder with ``use_cache=False``, run in a
    subprocess per configuration (the task runner is chosen when ``flows.plan_all`` is
    imported), timed around the call; it includes starting the temporary server (for
    ``processes-shared``: starting the one server). Every run gets a fresh copy of a Prefect
    database that a one-client run created first: a database grown by earlier runs slows
    the server down.
*overhead*
    (plan-all wall − the same jobs without Prefect on the same number of cores) / that job
    time. For ``threads`` the comparison is the sequential job time measured above (Python
    threads share one core for this work); for the process runners it is the wall time of a
    plain ``ProcessPoolExecutor`` with ``--cores`` workers running ``run_client`` on the
    same clients, worker start-up included, as Prefect's workers pay it too.
*peak memory*
    the largest sum of resident memory (``/proc``, sampled every 0.1 s) of the plan-all
    process and its worker processes; the Prefect server processes are shown apart, as a
    deployment runs them on their own. ``ru_maxrss`` of the flow process is shown too, and
    the CPU seconds the work processes (flow process and workers) and the servers used.

``processes`` on the temporary server: Prefect 3.8 does not hand the temporary server's
address to its worker processes, so every worker starts a temporary server of its own and
records its task runs there. ``processes-shared`` shows what handing the address over gives.
"""

from __future__ import annotations

import argparse
import atexit
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd
import synthetic
from icalendar import Calendar, Event

STAGES = ("parse", "schedule", "render", "check", "ical", "csv", "report")
RUNNERS = ("threads", "processes", "processes-shared")
#: Targets from the issue, on a 2-core machine.
TARGET_ICAL_RATIO = 2.0
TARGET_WALL_1000 = 120.0
TARGET_OVERHEAD = 0.30
TARGET_MEMORY_MB = 500.0
#: DTSTAMP for the icalendar yardstick: a UTC time, as the exports write it.
STAMP = datetime(2027, 1, 1, tzinfo=UTC)


# --- the core, in this process --------------------------------------------------------------


@dataclass
class CoreRun:
    """The core's figures for one agency: totals in seconds over all its clients."""

    clients: int
    months: int
    events: int = 0
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    job: float = 0.0
    icalendar: float = 0.0

    @property
    def core(self) -> float:
        """Seconds of pure planning work: every stage, no cache key, no writing."""
        return sum(self.stages.values())

    def per_quarter(self, seconds: float) -> float:
        """Milliseconds per client-quarter."""
        return seconds * 1000 / self.clients / (self.months / 3)


class _Stages:
    """Times the functions ``run_client`` calls, by patching them where it looks them up."""

    #: (module, attribute, stage): the names run_client and build_calendar/export resolve.
    PATCHES = (
        ("flows.client", "read_strategy", "parse"),
        ("flows.client", "read_overrides", "parse"),
        ("flows.client", "read_activity", "parse"),
        ("dialogplan.pipeline", "schedule", "schedule"),
        ("dialogplan.pipeline", "render", "render"),
        ("flows.client", "check_plan", "check"),
        ("flows.client", "compare", "check"),
        ("dialogplan.pipeline", "calendar_files", "ical"),
        ("dialogplan.pipeline", "calendar_csv", "csv"),
        ("dialogplan.pipeline", "google_csv", "csv"),
        ("flows.client", "summarize", "report"),
        ("flows.client", "report_files", "report"),
    )

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(STAGES, 0.0)
        self.calendar: pd.DataFrame | None = None

    def _timed(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - start
            if stage == "render":
                self.calendar = result
            return result

        return timed

    @contextmanager
    def patched(self) -> Iterator[None]:
        """Timers around the stage functions for as long as the block runs."""
        saved: list[tuple[ModuleType, str, Any]] = []
        try:
            for module_name, name, stage in self.PATCHES:
                module = sys.modules[module_name]
                original = getattr(module, name)  # fails loudly when run_client changes
                saved.append((module, name, original))
                setattr(module, name, self._timed(stage, original))
            yield
        finally:
            for module, name, original in saved:
                setattr(module, name, original)


def icalendar_alone(calendar: pd.DataFrame) -> float:
    """Seconds icalendar needs to build and serialise the calendar's events, nothing else."""
    starts = calendar["start"].dt.to_pydatetime().tolist()
    ends = calendar["end"].dt.to_pydatetime().tolist()
    stamp = STAMP
    begin = time.perf_counter()
    cal = Calendar()
    cal.add("prodid", "-//dialogplan bench//EN")
    cal.add("version", "2.0")
    rows = zip(
        calendar["uid"].tolist(),
        starts,
        ends,
        calendar["title"].tolist(),
        calendar["prompt"].tolist(),
        calendar["channel"].tolist(),
        calendar["move"].tolist(),
        strict=True,
    )
    for uid, start, end, title, prompt, channel, move in rows:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", title)
        event.add("description", prompt)
        event.add("categories", [channel, move])
        cal.add_component(event)
    cal.to_ical()
    return time.perf_counter() - begin


def measure_core(paths: list[Path], months: int, out_root: Path, warm_up: Path) -> CoreRun:
    """Plan every client in this process, as ``plan-all`` would, stage by stage."""
    from flows.client import run_client

    run = CoreRun(len(paths), months)
    stages = _Stages()
    with stages.patched():
        run_client(warm_up, out_root / "warm-up", synthetic.AS_OF, use_cache=False)
        stages.seconds = dict.fromkeys(STAGES, 0.0)
        for path in paths:
            stages.calendar = None
            start = time.perf_counter()
            run_client(path, out_root, synthetic.AS_OF, use_cache=False)
            run.job += time.perf_counter() - start
            if stages.calendar is not None:
                run.events += len(stages.calendar)
                run.icalendar += icalendar_alone(stages.calendar)
    run.stages = stages.seconds
    return run


def measure_pool(paths: list[Path], out_root: Path, cores: int) -> float:
    """Wall seconds for the same jobs in a plain process pool: the process runners' yardstick."""
    from flows.client import run_client

    job = partial(run_client, out_root=out_root, as_of=synthetic.AS_OF, use_cache=False)
    start = time.perf_counter()
    context = multiprocessing.get_context("spawn")  # as Prefect's process pool starts workers
    with ProcessPoolExecutor(max_workers=cores, mp_context=context) as pool:
        for _ in pool.map(job, paths):
            pass
    return time.perf_counter() - start


# --- plan-all through Prefect, in a subprocess ------------------------------------------------


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


class _Sampler(threading.Thread):
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


def run_plan_all(runner: str, plans: Path, out: Path, home: Path, concurrency: int) -> PrefectRun:
    """Run plan-all in a fresh interpreter with the runner configured, and watch its memory."""
    result = PrefectRun(runner, len(synthetic_paths(plans)))
    report = out.parent / f"{out.name}.json"
    env = dict(os.environ)
    env.update(
        DIALOGPLAN_TASK_RUNNER="threads" if runner == "threads" else "processes",
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90",
        DO_NOT_TRACK="1",
    )
    env.pop("PREFECT_API_URL", None)
    args = [sys.executable, __file__, "--child", str(plans), str(out), str(report)]
    args += ["--concurrency", str(concurrency)]
    if runner == "processes-shared":
        args.append("--shared-server")
    with (out.parent / f"{out.name}.log").open("wb") as log:
        child = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
        sampler = _Sampler(child.pid)
        sampler.start()
        code = child.wait()
        sampler.done.set()
        sampler.join()
    result.peak_work_mb, result.peak_server_mb = sampler.peak_work, sampler.peak_server
    result.servers = len(sampler.servers)
    result.cpu_work, result.cpu_server = sampler.cpu_seconds()
    if code != 0 or not report.is_file():
        result.error = f"plan-all exited with {code}; see {out.parent / f'{out.name}.log'}"
        return result
    data = json.loads(report.read_text())
    result.wall, result.failed, result.maxrss_mb = data["wall"], data["failed"], data["maxrss_mb"]
    return result


def child_plan_all(plans: Path, out: Path, report: Path, concurrency: int, shared: bool) -> None:
    """The subprocess side: import the flow with the runner from the environment, run it."""
    start = time.perf_counter()
    server = None
    if shared:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()
        server.start(timeout=90)
        os.environ["PREFECT_API_URL"] = server.api_url
    from flows.plan_all import plan_all

    if server is None:
        start = time.perf_counter()  # the temporary server starts inside the flow call
    result = plan_all(plans, out, concurrency, synthetic.AS_OF, use_cache=False)
    wall = time.perf_counter() - start
    if server is not None:
        # After Prefect's own exit handlers have sent the last logs and events to it.
        atexit.register(server.stop)
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    data = {"wall": wall, "failed": len(result.failed), "maxrss_mb": maxrss}
    report.write_text(json.dumps(data))


# --- the run ------------------------------------------------------------------------------


def synthetic_paths(plans: Path) -> list[Path]:
    """The client strategies of an agency folder, in plan-all's order."""
    return sorted(plans.glob("*/strategy.yaml"))


def agency(workdir: Path, clients: int, months: int, seed: int) -> Path:
    """The folder of a synthetic agency, written once per run."""
    folder = workdir / f"agency-{months}m-{clients}"
    if not folder.is_dir():
        synthetic.write_agency(folder, clients, months, seed)
    return folder


def _ints(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def _names(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = sorted(set(names) - set(RUNNERS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown runners {unknown}; use {', '.join(RUNNERS)}")
    return names


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=_ints, default=[10, 100, 1000])
    parser.add_argument("--horizons", type=_ints, default=[3, 6, 12])
    parser.add_argument("--horizon-clients", type=int, default=100)
    parser.add_argument("--skip-prefect", action="store_true")
    parser.add_argument("--runners", type=_names, default=list(RUNNERS))
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", nargs=3, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--shared-server", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def core_table(runs: list[CoreRun]) -> list[str]:
    """The core's figures as text, one line per agency."""
    head = f"{'months':>6} {'clients':>7} {'events':>6} " + " ".join(f"{s:>8}" for s in STAGES)
    head += f" {'core':>7} {'job':>7} {'icalendar':>9} {'core/ical':>9}"
    lines = [
        "Core in-process, ms per client-quarter (events: per client)",
        head,
        "-" * len(head),
    ]
    for r in runs:
        cells = " ".join(f"{r.per_quarter(r.stages[s]):8.1f}" for s in STAGES)
        lines.append(
            f"{r.months:>6} {r.clients:>7} {r.events / r.clients:6.0f} {cells}"
            f" {r.per_quarter(r.core):7.1f} {r.per_quarter(r.job):7.1f}"
            f" {r.per_quarter(r.icalendar):9.1f} {r.core / r.icalendar:9.2f}"
        )
    return lines


def prefect_table(runs: list[PrefectRun], cores: int) -> list[str]:
    """The plan-all figures as text, one line per size and runner."""
    head = (
        f"{'clients':>7} {'runner':<17} {'wall s':>7} {'jobs s':>7} {'overhead':>8} "
        f"{'failed':>6} {'work MB':>7} {'server MB':>9} {'servers':>7} {'maxrss MB':>9} "
        f"{'work cpu s':>10} {'server cpu s':>12}"
    )
    lines = [
        f"plan-all through Prefect (jobs s: the same jobs without Prefect; "
        f"threads on 1 core, processes on {cores})",
        head,
        "-" * len(head),
    ]
    for r in runs:
        if r.error:
            lines.append(f"{r.clients:>7} {r.runner:<17} {r.error}")
            continue
        lines.append(
            f"{r.clients:>7} {r.runner:<17} {r.wall:7.1f} {r.baseline:7.1f} {r.overhead:8.0%} "
            f"{r.failed:>6} {r.peak_work_mb:7.0f} {r.peak_server_mb:9.0f} {r.servers:>7} "
            f"{r.maxrss_mb:9.0f} {r.cpu_work:10.1f} {r.cpu_server:12.1f}"
        )
    return lines


def verdicts(core: list[CoreRun], prefect: list[PrefectRun]) -> list[str]:
    """Each target of the issue, met or missed, with the figure it is judged on."""
    lines = ["Targets"]
    quarterly = [r for r in core if r.months == 3]
    if quarterly:
        ratio = max(r.core / r.icalendar for r in quarterly)
        mark = "met" if ratio <= TARGET_ICAL_RATIO else "MISSED"
        lines.append(f"  core ≤ {TARGET_ICAL_RATIO:g}× icalendar: worst {ratio:.2f}× – {mark}")
    for r in prefect:
        if r.clients != 1000 or r.error:
            continue
        wall = "met" if r.wall < TARGET_WALL_1000 else "MISSED"
        over = "met" if r.overhead < TARGET_OVERHEAD else "MISSED"
        memory = "met" if r.peak_work_mb < TARGET_MEMORY_MB else "MISSED"
        lines.append(
            f"  {r.runner}: 1000 clients {r.wall:.0f} s (< {TARGET_WALL_1000:.0f}) – {wall}; "
            f"overhead {r.overhead:.0%} (< {TARGET_OVERHEAD:.0%}) – {over}; "
            f"peak {r.peak_work_mb:.0f} MB (< {TARGET_MEMORY_MB:.0f}, "
            f"+{r.peak_server_mb:.0f} MB server) – {memory}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    args = parse_args(argv)
    if args.child:
        plans, out, report = args.child
        child_plan_all(plans, out, report, args.concurrency, args.shared_server)
        return 0

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dialogplan-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        warm_up = synthetic_paths(agency(workdir, 1, 3, args.seed + 1))[0]
        core: list[CoreRun] = []
        jobs: dict[int, float] = {}
        horizon_clients = min(args.horizon_clients, max(args.sizes))
        plans = [(3, n) for n in args.sizes]
        plans += [(m, horizon_clients) for m in args.horizons if m != 3]
        for months, clients in plans:
            _say(f"core: {clients} clients, {months} months")
            folder = agency(workdir, clients, months, args.seed)
            out = workdir / f"out-core-{months}m-{clients}"
            run = measure_core(synthetic_paths(folder), months, out, warm_up)
            shutil.rmtree(out, ignore_errors=True)
            core.append(run)
            if months == 3:
                jobs[clients] = run.job

        prefect: list[PrefectRun] = []
        if not args.skip_prefect:
            _say("plan-all: one client, to create Prefect's database")
            template = workdir / "prefect-home"
            run_plan_all("threads", warm_up.parent.parent, workdir / "out-warm-up", template, 1)
            for clients in args.sizes:
                folder = agency(workdir, clients, 3, args.seed)
                pooled = None
                for runner in args.runners:
                    _say(f"plan-all: {clients} clients, {runner}")
                    out = workdir / f"out-{runner}-{clients}"
                    # Every run starts from the same small database: a database grown by the
                    # runs before would slow the server down and skew the comparison.
                    home = workdir / f"prefect-home-{runner}-{clients}"
                    shutil.copytree(template, home)
                    run_ = run_plan_all(runner, folder, out, home, args.concurrency)
                    shutil.rmtree(out, ignore_errors=True)
                    shutil.rmtree(home, ignore_errors=True)
                    if runner == "threads":
                        run_.baseline = jobs[clients]
                    else:
                        if pooled is None:
                            _say(f"process pool without Prefect: {clients} clients")
                            pool_out = workdir / f"out-pool-{clients}"
                            pooled = measure_pool(synthetic_paths(folder), pool_out, args.cores)
                            shutil.rmtree(pool_out, ignore_errors=True)
                        run_.baseline = pooled
                    prefect.append(run_)

        lines = core_table(core)
        if prefect:
            lines += ["", *prefect_table(prefect, args.cores)]
        lines += ["", *verdicts(core, prefect)]
        print("\n".join(lines))
        if args.json:
            data = {
                "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
                "date": date.today().isoformat(),
                "core": [
                    {
                        **asdict(r),
                        "core": r.core,
                        "ms_per_client_quarter": {
                            **{s: r.per_quarter(r.stages[s]) for s in STAGES},
                            "core": r.per_quarter(r.core),
                            "job": r.per_quarter(r.job),
                            "icalendar": r.per_quarter(r.icalendar),
                        },
                        "core_over_icalendar": r.core / r.icalendar,
                    }
                    for r in core
                ],
                "plan_all": [{**asdict(r), "overhead": r.overhead} for r in prefect],
            }
            args.json.write_text(json.dumps(data, indent=1) + "\n")
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
