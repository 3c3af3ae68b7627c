"""Stopping a run from outside: SIGKILL at any moment, SIGTERM, and what is left afterwards.

Each run is a real ``dialogplan`` process. Every process it starts inherits a tag in its
environment, so the test finds all of them (planning processes, the fork server, the
temporary Prefect server) and checks that none survives the run.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from dialogplan.revisions import read_revisions
from flows.files import read_strategy
from tests.generations_support import generations, published
from tests.support import REVISED_AT, ROOT, build

pytestmark = pytest.mark.flow

DIALOGPLAN = Path(sys.executable).parent / "dialogplan"
EXAMPLE = ROOT / "plans" / "harbourline-advisory" / "strategy.yaml"
TAG = "DIALOGPLAN_TEST_RUN"


def tagged(tag: str) -> list[psutil.Process]:
    """Every live process started by the run with this tag."""
    found = []
    for process in psutil.process_iter():
        try:
            if process.environ().get(TAG) == tag and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def gone(tag: str, within: float = 30.0) -> list[psutil.Process]:
    """The run's processes still alive after waiting up to ``within`` seconds for them to end."""
    deadline = time.monotonic() + within
    while (left := tagged(tag)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


@pytest.fixture
def api_url(prefect_harness: None) -> str:
    """The session's Prefect server, for runs that need not start their own."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url
    return str(url)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """A tag and an environment carrying it; kills whatever carries the tag at the end."""
    tag = uuid.uuid4().hex
    environment = {
        **os.environ,
        TAG: tag,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    environment.pop("PREFECT_API_URL", None)
    yield tag, environment
    for process in tagged(tag):
        process.kill()


def start(args: list[str], environment: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(DIALOGPLAN), *args],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_plan_killed_at_any_moment_leaves_one_whole_generation(
    tmp_path: Path, api_url: str, env: tuple[str, dict[str, str]]
) -> None:
    """SIGKILL at several moments: readers always find every file of exactly one run."""
    tag, environment = env
    environment["PREFECT_API_URL"] = api_url
    environment["SOURCE_DATE_EPOCH"] = str(int(REVISED_AT.timestamp()))
    text = EXAMPLE.read_text("utf-8")
    versions = [text, text.replace("hours_per_week: 4\n", "hours_per_week: 5\n", 1)]
    assert versions[0] != versions[1]
    strategy = tmp_path / "plan" / "strategy.yaml"
    strategy.parent.mkdir()
    shutil.copy(EXAMPLE.parent / "contacts.csv", strategy.parent)
    out = tmp_path / "out"

    strategy.write_text(versions[0], "utf-8")
    began = time.monotonic()
    first = start(["plan", str(strategy), "--out", str(out)], environment)
    assert first.wait(300) == 0, first.stderr.read() if first.stderr else ""
    whole_run = time.monotonic() - began
    assert published(out) == build(read_strategy(strategy)).files
    # PREFECT_API_URL wins: no background server was started.
    assert not (Path(environment["PREFECT_HOME"]) / "dialogplan-daemon.pid").exists()

    # Late moments matter most: the bytes are ready and being written.
    for n, fraction in enumerate((0.5, 0.85, 0.97)):
        strategy.write_text(versions[(n + 1) % 2], "utf-8")
        before = published(out)
        # The run revises the calendar it finds, so it writes that or nothing.
        earlier = read_revisions(before["calendar.ics"])
        expected = [before, build(read_strategy(strategy), earlier=earlier).files]
        run = start(["plan", str(strategy), "--out", str(out)], environment)
        time.sleep(whole_run * fraction)
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert gone(tag) == []
        assert published(out) in expected, f"a mix of generations after a kill at {fraction}"
        assert published(out / "current") == published(out)
        assert len(generations(out)) <= 2


def test_a_killed_plan_takes_its_temporary_prefect_server_along(
    tmp_path: Path, env: tuple[str, dict[str, str]]
) -> None:
    """With DIALOGPLAN_SERVER=temporary, `plan` starts a server of its own; SIGKILL of `plan`
    stops it too, and no background server is left.
    """
    tag, environment = env
    environment["DIALOGPLAN_SERVER"] = "temporary"
    run = start(["plan", str(EXAMPLE), "--out", str(tmp_path / "out")], environment)
    deadline = time.monotonic() + 120
    server = []
    while not server and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
        server = [p for p in tagged(tag) if "uvicorn" in " ".join(p.cmdline())]
    assert server, "the temporary server never started"
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert gone(tag) == []
    assert not (Path(environment["PREFECT_HOME"]) / "dialogplan-daemon.pid").exists()


def test_sigterm_stops_an_agency_run_and_every_process_it_started(
    tmp_path: Path, api_url: str, env: tuple[str, dict[str, str]]
) -> None:
    """A runaway client is killed with the run; no traceback, exit 130, nothing left running."""
    from tests.test_plan_all import make_runaway

    tag, environment = env
    environment["PREFECT_API_URL"] = api_url
    plans = tmp_path / "plans"
    shutil.copytree(ROOT / "plans" / "wolkenwerk-coaching", plans / "good")
    runaway = plans / "runaway"
    shutil.copytree(ROOT / "plans" / "wolkenwerk-coaching", runaway)
    strategy = runaway / "strategy.yaml"
    text = strategy.read_text("utf-8").replace("client: wolkenwerk-coaching", "client: runaway")
    strategy.write_text(text, "utf-8")
    make_runaway(runaway, "de")
    out = tmp_path / "out"

    environment["DIALOGPLAN_TIME_LIMIT"] = "600"
    run = start(["plan-all", str(plans), "--out", str(out)], environment)
    deadline = time.monotonic() + 120
    while not (out / "wolkenwerk-coaching" / "calendar.ics").exists():
        assert time.monotonic() < deadline, "the good client never finished"
        assert run.poll() is None
        time.sleep(0.2)
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130
    assert "interrupted" in err
    assert "Traceback" not in err
    assert gone(tag) == []
    assert not (out / "runaway").exists()
