"""`validate` printed "ok:" and right under it "error thin: …", which read as valid and broken.

Two writers took the file for broken and the "ok" for a slip. The check's findings on the plan
made from a valid file now follow a line that says whose they are and how many; and, as
writers still read "ok" above "1 error" as a slip, the file's line says "valid".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.cli import EXIT_OK, main
from tests.test_cli import EXAMPLE


def test_the_plans_findings_are_introduced_as_the_plans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = EXAMPLE.read_text("utf-8").replace("hours_per_week: 5", "hours_per_week: 1", 1)
    path = tmp_path / "strategy.yaml"
    path.write_text(text, "utf-8")
    assert main(["validate", str(path)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"valid: {path} ")
    assert lines[1].startswith("  The file is fine; these are about the plan made from it: ")
    assert ", each with what would change it" in lines[1]
    assert lines[1].endswith(
        "The plan is still made, but an error means part of it will not work as meant until it "
        "is fixed."
    )
    assert lines[2].startswith(("  error ", "  warning "))
