"""A real Prefect server with a worker, and ``dialogplan serve`` as a user starts it.

Marked ``server``: these start ``prefect server start``, a process worker and serve itself
as separate processes, like an agency's machines would, and take about a minute. One
server is shared by the deployment tests; serve starts its own, as it does for a user.
Every process is stopped at the end, also when a test fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from flows.serve import local_server, stop_process
from tests.support import PLANS, ROOT

pytestmark = pytest.mark.server

PREFECT = Path(sys.executable).parent / "prefect"
POOL = "dialogplan"  # the work pool prefect.yaml names
QUIET = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_WORKER_QUERY_SECONDS": "1",
}


@dataclass(frozen=True)
class Server:
    """A running Prefect server and the environment that points a process at it."""

    api_url: str
    env: dict[str, str]
    log: Path


def environment(home: Path, api_url: str | None) -> dict[str, str]:
    """The test process's environment with Prefect pointed at ``home`` and ``api_url``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(QUIET, PREFECT_HOME=str(home))
    if api_url is not None:
        env["PREFECT_API_URL"] = api_url
    return env


def api(url: str, body: dict[str, Any] | None = None) -> Any:
    """One call to the Prefect REST API: a POST with a JSON body, or a GET."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def answers(api_url: str) -> bool:
    """Whether a Prefect server answers at ``api_url``."""
    try:
        return bool(api(f"{api_url}/health"))
    except OSError:
        return False


def wait_for(what: str, check: Callable[[], Any], timeout: float = 120.0) -> Any:
    """Poll ``check`` until it returns something truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")


def copy_plans(target: Path) -> Path:
    """The example plans plus one client whose strategy does not validate."""
    shutil.copytree(ROOT / "plans", target)
    (target / "kaputt").mkdir()
    (target / "kaputt" / "strategy.yaml").write_text("client: kaputt\nname: Kaputt\n", "utf-8")
    return target


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One ``prefect server start`` on a free loopback port with its own SQLite database."""
    home = tmp_path_factory.mktemp("prefect-server")
    with local_server(home, port=None, timeout=180, env=QUIET) as api_url:
        yield Server(api_url, environment(home, api_url), home / "dialogplan-server.log")
    assert not answers(api_url), "the server outlived its fixture"


@pytest.fixture(scope="module")
def deployed(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The deployments of prefect.yaml, with a process worker polling their work pool."""
    env = {**server.env, "DIALOGPLAN_DIR": str(ROOT)}
    subprocess.run(
        [str(PREFECT), "work-pool", "create", POOL, "--type", "process"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    deploy = subprocess.run(
        [str(PREFECT), "--no-prompt", "deploy", "--all"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    with log.open("wb") as out:
        worker = subprocess.Popen(
            [str(PREFECT), "worker", "start", "--pool", POOL],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield POOL
    finally:
        stop_process(worker, grace=30)


def test_prefect_yaml_deploys_with_schedules_in_its_time_zone(
    server: Server, deployed: str
) -> None:
    """prefect.yaml deploys both jobs to the work pool, and the server schedules their runs."""
    found = api(f"{server.api_url}/deployments/filter", {})
    by_name = {d["name"]: d for d in found}
    assert set(by_name) == {"quarterly", "weekly-check"}
    for deployment in found:
        assert deployment["work_pool_name"] == deployed
        assert {s["schedule"]["timezone"] for s in deployment["schedules"]} == {"Europe/Berlin"}
        assert deployment["pull_steps"] == [
            {"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}
        ]
    assert by_name["weekly-check"]["entrypoint"] == "flows/plan_all.py:plan_all"
    crons = sorted(s["schedule"]["cron"] for s in by_name["quarterly"]["schedules"])
    assert crons == ["0 6 17 6,9 *", "0 6 18 3,12 *"]

    def scheduled() -> set[str]:
        runs = api(
            f"{server.api_url}/flow_runs/filter",
            {"flow_runs": {"state": {"type": {"any_": ["SCHEDULED"]}}}},
        )
        return {run["deployment_id"] for run in runs}

    # The server's scheduler plans the runs ahead; a broken database layer shows up here
    # (SQLAlchemy 2.1 breaks Prefect 3.8's scheduler: its log then shows the error).
    ids = {d["id"] for d in found}
    what = f"scheduled runs of both deployments (see {server.log})"
    wait_for(what, lambda: scheduled() >= ids, timeout=90)


def test_plan_all_runs_on_a_worker_and_a_broken_client_fails_alone(
    server: Server, deployed: str, tmp_path: Path
) -> None:
    """A worker runs plan-all for a folder of clients: every calendar, one clear failure."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.client.schemas.objects import FlowRun
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    plans = copy_plans(tmp_path / "plans")
    out = tmp_path / "out"
    parameters = {"plans_dir": str(plans), "out_dir": str(out), "concurrency": 2}
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        run = run_deployment(
            "plan-all/weekly-check", parameters=parameters, timeout=240, poll_interval=1
        )
        assert isinstance(run, FlowRun)
        assert run.state is not None and run.state.is_completed(), run.state
        clients = [p.parent.name for p in PLANS]
        expected = {"kaputt": "FAILED", **dict.fromkeys(clients, "COMPLETED")}

        def states() -> dict[str, str]:
            with get_client(sync_client=True) as client:
                tasks = client.read_task_runs(
                    flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id]))
                )
            return {task.name: task.state_type.value if task.state_type else "" for task in tasks}

        # The server records task runs' states in batches, at least once a second.
        wait_for("every client's task run in its final state", lambda: states() == expected, 10)
    for name in clients:
        assert (out / name / "calendar.ics").is_file(), name
        assert (out / name / "report.html").is_file(), name
    assert not (out / "kaputt").exists()


DASK_RUN = """
import json, sys
from pathlib import Path
from flows.plan_all import plan_all
result = plan_all(Path(sys.argv[1]), Path(sys.argv[2]), concurrency=4)
print(json.dumps({o.client: [o.status, o.error] for o in result.outcomes}))
"""


def test_plan_all_fans_out_to_a_local_dask_cluster(server: Server, tmp_path: Path) -> None:
    """With DIALOGPLAN_TASK_RUNNER=dask clients run on a Dask cluster; a broken one fails alone."""
    pytest.importorskip("prefect_dask")
    plans = copy_plans(tmp_path / "plans")
    env = {**server.env, "DIALOGPLAN_TASK_RUNNER": "dask"}  # no address: a local cluster
    run = subprocess.run(
        [sys.executable, "-c", DASK_RUN, str(plans), str(tmp_path / "out")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    outcomes = json.loads(run.stdout.strip().splitlines()[-1])
    clients = [p.parent.name for p in PLANS]
    assert {name: status for name, (status, _) in outcomes.items()} == {
        "kaputt": "failed",
        **dict.fromkeys(clients, "planned"),
    }
    # The reason survives the trip back from the Dask worker.
    assert "kaputt/strategy.yaml:1: audience: is required" in outcomes["kaputt"][1]
    for name in clients:
        assert (tmp_path / "out" / name / "calendar.ics").is_file(), name


SERVE = """
import sys
from pathlib import Path
from flows.serve import run_serve
sys.exit(run_serve(Path(sys.argv[1]), Path(sys.argv[2]), port=None, rescan_seconds=1))
"""


def test_serve_starts_its_own_server_schedules_every_client_and_stops_cleanly(
    tmp_path: Path,
) -> None:
    """`dialogplan serve` without a server: schedules per client, new folders, a clean stop."""
    plans = copy_plans(tmp_path / "plans")
    log = tmp_path / "serve.log"
    env = environment(tmp_path / "prefect-home", api_url=None)
    with log.open("wb") as out:
        serve = subprocess.Popen(
            [sys.executable, "-c", SERVE, str(plans), str(tmp_path / "out")],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    api_url = ""
    try:

        def printed(text: str) -> bool:
            if serve.poll() is not None:
                pytest.fail(f"serve stopped early:\n{log.read_text('utf-8')}")
            return text in log.read_text("utf-8")

        wait_for("the Prefect UI's address", lambda: printed("Prefect UI:"), timeout=180)
        ui = re.search(r"Prefect UI: (http://127\.0\.0\.1:\d+)", log.read_text("utf-8"))
        assert ui is not None
        api_url = f"{ui.group(1)}/api"
        wait_for("the next runs", lambda: printed("Next runs"), timeout=90)
        text = log.read_text("utf-8")
        assert "kaputt is skipped until it is fixed" in text
        clients = [p.parent.name for p in PLANS]
        listed = sorted(line.split()[0] for line in text.splitlines() if " next run " in line)
        assert listed == sorted(f"{k}-{c}" for c in clients for k in ("quarterly", "weekly-check"))

        found = api(f"{api_url}/deployments/filter", {})
        zones = {d["name"]: {s["schedule"]["timezone"] for s in d["schedules"]} for d in found}
        assert zones["quarterly-harbourline-advisory"] == {"Europe/London"}
        assert zones["weekly-check-wolkenwerk-coaching"] == {"Europe/Berlin"}
        assert len(zones) == 2 * len(clients)

        # A new client is a new folder; a removed folder's schedules stop.
        new = plans / "nordlicht-yoga"
        shutil.copytree(plans / "wolkenwerk-coaching", new)
        text = (new / "strategy.yaml").read_text("utf-8")
        text = text.replace("client: wolkenwerk-coaching", "client: nordlicht-yoga")
        (new / "strategy.yaml").write_text(text, "utf-8")
        shutil.rmtree(plans / "tischlerei-falk")
        # Served, and listed with its next run, aligned with "weekly-check-nordlicht-yoga".
        wait_for("the new client", lambda: printed("quarterly-nordlicht-yoga     next run"), 60)
        wait_for("the removed client", lambda: printed("paused weekly-check-tischlerei"), 60)
        found = {d["name"]: d for d in api(f"{api_url}/deployments/filter", {})}
        assert not found["quarterly-nordlicht-yoga"]["paused"]
        assert found["quarterly-tischlerei-falk"]["paused"]

        serve.send_signal(signal.SIGTERM)
        assert serve.wait(60) == 0, log.read_text("utf-8")
        assert "Stopped." in log.read_text("utf-8")
        assert not answers(api_url), "serve left its Prefect server running"
    finally:
        if serve.poll() is None:  # a failed test: stop serve, which stops its server
            serve.send_signal(signal.SIGTERM)
            try:
                serve.wait(60)
            except subprocess.TimeoutExpired:
                serve.kill()
                serve.wait()
