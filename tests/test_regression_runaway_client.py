"""A client with a looping template stalled the whole agency run: no summary, no exit,
Ctrl-C ignored, because its planning ran in a thread that cannot be interrupted."""

from __future__ import annotations

import shutil
from pathlib import Path

import psutil
import pytest

from flows.isolation import TimeLimitError
from flows.job import run_client
from tests.support import ROOT
from tests.test_plan_all import make_runaway


def test_a_runaway_client_is_stopped_at_its_time_limit(tmp_path: Path) -> None:
    folder = tmp_path / "plans" / "wolkenwerk-coaching"
    shutil.copytree(ROOT / "plans" / "wolkenwerk-coaching", folder)
    strategy = folder / "strategy.yaml"
    make_runaway(folder, "de")
    with pytest.raises(TimeLimitError, match=r"took longer than 2 s and was stopped"):
        run_client(strategy, tmp_path / "out", timeout=2)
    assert not (tmp_path / "out").exists()
    # The planning process is gone, not left running in the background.
    servers = [p for p in psutil.Process().children() if "forkserver" in " ".join(p.cmdline())]
    assert servers
    planning = [p for s in servers for p in s.children() if p.status() != psutil.STATUS_ZOMBIE]
    assert planning == []
