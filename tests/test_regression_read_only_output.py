"""An output folder that cannot be written ended in a raw PermissionError with a full
traceback, instead of exit 2 and a message naming the folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.cli import EXIT_INVALID, main
from tests.generations_support import published
from tests.support import ROOT

DIALOGPLAN = Path(sys.executable).parent / "dialogplan"
EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"


def test_schema_into_a_path_that_cannot_be_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file where a folder should be", "utf-8")
    assert main(["schema", "--out", str(blocker / "strategy.schema.json")]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert f"{blocker / 'strategy.schema.json'}: cannot be written" in err
    assert "Traceback" not in err


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_plan_into_an_unwritable_folder_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from prefect.settings import PREFECT_API_URL

    blocker = tmp_path / "published"
    blocker.write_text("a file where a folder should be", "utf-8")
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    done = subprocess.run(
        [str(DIALOGPLAN), "plan", str(EXAMPLE), "--out", str(blocker / "out")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == EXIT_INVALID
    assert f"{blocker / 'out'}: cannot be written: not a directory" in done.stderr
    assert "--out" in done.stderr
    assert "Traceback" not in done.stderr
    if os.geteuid() == 0:
        return  # root writes into read-only folders; the rest needs an ordinary user
    out = tmp_path / "out"
    assert main(["plan", str(EXAMPLE), "--out", str(out)]) == 0
    before = published(out)
    out.chmod(0o555)
    try:
        assert main(["plan", str(EXAMPLE), "--out", str(out)]) == EXIT_INVALID
        assert f"{out}: cannot be written: permission denied" in capsys.readouterr().err
        assert published(out) == before
    finally:
        out.chmod(0o755)
