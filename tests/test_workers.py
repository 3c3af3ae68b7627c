"""The planning processes of an agency run: clients planned in warm workers, each alone."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import psutil
import pytest

from dialogplan.errors import InputError, StrategyError
from flows.isolation import TimeLimitError
from flows.job import run_client
from flows.workers import WORKERS_ENV, Workers, worker_count
from tests.support import ROOT
from tests.test_plan_all import BROKEN

#: Seconds the runaway client may take: long enough for a worker to answer at all.
LIMIT = 1.0


def _sleep(seconds: float) -> int:
    """Work that runs away, for as long as it is let."""
    time.sleep(seconds)
    return os.getpid()


def _pid() -> int:
    return os.getpid()


def test_clients_plan_in_the_same_warm_worker_and_a_broken_one_fails_alone(
    tmp_path: Path,
) -> None:
    plans = tmp_path / "plans"
    for name in ("wolkenwerk-coaching", "harbourline-advisory"):
        shutil.copytree(ROOT / "plans" / name, plans / name)
    (plans / "kaputt").mkdir()
    (plans / "kaputt" / "strategy.yaml").write_text(BROKEN, "utf-8")
    out = tmp_path / "out"
    with Workers(1) as workers:
        first = workers.run(_pid, (), timeout=30, what="asking")
        planned = [
            run_client(plans / name / "strategy.yaml", out, timeout=60, workers=workers)
            for name in ("wolkenwerk-coaching", "harbourline-advisory")
        ]
        with pytest.raises(StrategyError, match="language"):
            run_client(plans / "kaputt" / "strategy.yaml", out, timeout=60, workers=workers)
        assert workers.run(_pid, (), timeout=30, what="asking") == first
    assert [o.status for o in planned] == ["planned", "planned"]
    assert (out / "harbourline-advisory" / "calendar.ics").is_file()
    assert not psutil.pid_exists(first) or psutil.Process(first).status() == psutil.STATUS_ZOMBIE


def test_a_runaway_worker_is_stopped_at_its_limit_and_replaced() -> None:
    with Workers(1) as workers:
        stuck = workers.run(_pid, (), timeout=30, what="asking")
        with pytest.raises(TimeLimitError, match=r"sleeping took longer than 1 s and was stopped"):
            workers.run(_sleep, (60,), timeout=LIMIT, what="sleeping")
        assert not psutil.pid_exists(stuck)
        assert workers.run(_sleep, (0,), timeout=30, what="sleeping") != stuck


def test_zero_workers_plan_each_client_in_a_fresh_child() -> None:
    workers = Workers(0)
    assert workers.run(_pid, (), timeout=30, what="asking") != workers.run(
        _pid, (), timeout=30, what="asking"
    )


def test_worker_count_follows_the_cores_and_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(WORKERS_ENV, raising=False)
    assert worker_count(1) == 1
    assert worker_count(64) == len(os.sched_getaffinity(0))
    monkeypatch.setenv(WORKERS_ENV, "0")
    assert worker_count(4) == 0
    monkeypatch.setenv(WORKERS_ENV, "two")
    with pytest.raises(InputError, match=WORKERS_ENV):
        worker_count(4)
