"""plan-all against a Prefect server on PostgreSQL, beside the same server on SQLite, in one run.

Run from the project folder (Debian's ``postgresql`` package installed; about 8 minutes)::

    python bench/postgres.py                    # 100 and 1000 clients
    python bench/postgres.py --sizes 100

For every size it plans the synthetic agency of ``bench/run.py`` three times: in a plain
process pool without Prefect (the floor), then with ``plan-all`` (the default runner:
tasks in threads, planning in worker processes) against a ``prefect server start`` on a
fresh SQLite database, and against one on a fresh PostgreSQL database. The PostgreSQL
cluster is made for the run in a temporary folder (``initdb``, ``pg_ctl``, listening on
loopback only, as the ``postgres`` user when run as root) and stopped and removed after
it. Each server is started before its run and stopped after it, so neither pays the
other's start; the wall time is ``plan-all`` alone. Memory and CPU seconds are sampled
from ``/proc``: the run's processes, and the server's apart.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import synthetic
from in_process import measure_pool
from through_prefect import PrefectRun, Sampler, run_plan_all

#: Debian's PostgreSQL programs, wherever the installed version keeps them.
PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
#: Seconds a server may take to answer its health check (PostgreSQL: migrations first).
SERVER_START = 180.0
DATABASES = ("sqlite", "postgres")


@dataclass
class DatabaseRun:
    """One plan-all run against a server on one database."""

    database: str
    run: PrefectRun
    server_start: float
    server_cpu: float
    server_mb: float


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _pg(program: str) -> str:
    """The path of a PostgreSQL program: Debian's folder, else the search path."""
    for folder in reversed(PG_BIN):
        if (folder / program).is_file():
            return str(folder / program)
    found = shutil.which(program)
    if found is None:
        raise SystemExit(f"{program} not found: apt-get install -y postgresql")
    return found


def _as_postgres(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: then its programs run as the ``postgres`` user."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextlib.contextmanager
def postgres_cluster(folder: Path) -> Iterator[int]:
    """A PostgreSQL cluster on loopback for the run; yields its port, removed afterwards."""
    folder.mkdir(parents=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    run = subprocess.run
    init = [_pg("initdb"), "-D", str(data), "-U", "prefect", "--auth=trust", "-E", "UTF8"]
    run(_as_postgres(init), check=True, capture_output=True)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder}"
    start = [_pg("pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options, "-w"]
    run(_as_postgres([*start, "start"]), check=True, capture_output=True)
    try:
        yield port
    finally:
        stop = [_pg("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
        run(_as_postgres(stop), check=False, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _create_database(port: int, name: str) -> str:
    """A fresh database in the cluster; its URL for Prefect."""
    create = [_pg("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "prefect", name]
    subprocess.run(create, check=True, capture_output=True)
    return f"postgresql+asyncpg://prefect@127.0.0.1:{port}/{name}"


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as answer:  # noqa: S310 - loopback
            return bool(answer.status == 200)
    except OSError:
        return False


@contextlib.contextmanager
def prefect_server(home: Path, database_url: str | None) -> Iterator[tuple[str, int, float]]:
    """``prefect server start`` on loopback; yields its API URL, its pid and its start time."""
    port = _free_port()
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env.update(DO_NOT_TRACK="1")
    env.pop("PREFECT_API_URL", None)
    if database_url:
        env["PREFECT_API_DATABASE_CONNECTION_URL"] = database_url
    home.mkdir(parents=True, exist_ok=True)
    args = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    args += ["--port", str(port)]
    begin = time.perf_counter()
    with (home / "server.log").open("wb") as log:
        server = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/api"
    try:
        while not _healthy(url):
            if server.poll() is not None or time.perf_counter() - begin > SERVER_START:
                raise SystemExit(f"the Prefect server did not start; see {home / 'server.log'}")
            time.sleep(0.2)
        yield url, server.pid, time.perf_counter() - begin
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def measure(
    database: str,
    plans: Path,
    workdir: Path,
    concurrency: int,
    port: int,
    clients: int,
) -> DatabaseRun:
    """plan-all of one agency against a fresh server on one database."""
    home = workdir / f"home-{database}-{clients}"
    url = _create_database(port, f"prefect_{clients}") if database == "postgres" else None
    with prefect_server(home, url) as (api, pid, started):
        sampler = Sampler(pid)
        sampler.start()
        out = workdir / f"out-{database}-{clients}"
        run = run_plan_all("workers", plans, out, home, concurrency, api_url=api)
        sampler.done.set()
        sampler.join()
        shutil.rmtree(out, ignore_errors=True)
    cpu = sum(sampler.cpu_seconds())
    peak = sampler.peak_server + sampler.peak_work
    return DatabaseRun(database, run, started, cpu, peak)


def table(rows: list[tuple[int, float, DatabaseRun]]) -> list[str]:
    """Every run as text, each database beside the plain pool of the same size."""
    head = (
        f"{'clients':>7} {'database':<9} {'wall s':>7} {'pool s':>7} {'× pool':>6} "
        f"{'ms/client':>9} {'failed':>6} {'work MB':>7} {'server MB':>9} {'server cpu s':>12} "
        f"{'server start s':>14}"
    )
    lines = ["plan-all against a Prefect server (default runner), by database", head]
    lines.append("-" * len(head))
    for clients, pooled, r in rows:
        if r.run.error:
            lines.append(f"{clients:>7} {r.database:<9} {r.run.error}")
            continue
        lines.append(
            f"{clients:>7} {r.database:<9} {r.run.wall:7.1f} {pooled:7.1f} "
            f"{r.run.wall / pooled:6.2f} {r.run.wall * 1000 / clients:9.0f} {r.run.failed:>6} "
            f"{r.run.peak_work_mb:7.0f} {r.server_mb:9.0f} {r.server_cpu:12.1f} "
            f"{r.server_start:14.1f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Plan the agencies against both databases and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--cores", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--seed", type=int, default=2027)
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    workdir = Path(tempfile.mkdtemp(prefix="dialogplan-postgres-"))
    workdir.chmod(0o755)  # the postgres user reaches its cluster folder through it
    rows: list[tuple[int, float, DatabaseRun]] = []
    try:
        with postgres_cluster(workdir / "cluster") as port:
            for clients in sizes:
                plans = workdir / f"agency-{clients}"
                synthetic.write_agency(plans, clients, 3, args.seed)
                _say(f"process pool without Prefect: {clients} clients")
                pooled = measure_pool(
                    synthetic.strategy_paths(plans), workdir / "out-pool", args.cores
                )
                shutil.rmtree(workdir / "out-pool", ignore_errors=True)
                for database in DATABASES:
                    _say(f"plan-all: {clients} clients, {database}")
                    run = measure(database, plans, workdir, args.concurrency, port, clients)
                    rows.append((clients, pooled, run))
        print("\n".join(table(rows)))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
