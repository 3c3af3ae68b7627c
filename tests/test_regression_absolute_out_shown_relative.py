"""`plan --out /home/team/plans/out` printed "9 files in out/": an absolute folder typed inside
the current directory was shown relative to it, and four strategy writers wondered where
their files went. The folder is now shown as the team typed it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import console
from flows.plan import PlanResult
from tests.support import PLANS, load_plan


def test_an_absolute_out_folder_is_shown_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    result = PlanResult("wolkenwerk", out, (), [], [out / "calendar.ics"], (), None)
    console.print_plan(result, load_plan(PLANS[0]))
    assert f"1 files in {out}/:" in capsys.readouterr().out
