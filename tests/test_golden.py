"""Golden files: the exact bytes users import into their calendars and spreadsheets."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogplan.pipeline import build_calendar, export
from tests.support import ROOT, load_plan

GOLDEN = Path(__file__).parent / "golden"
PINNED = ["wolkenwerk-coaching", "harbourline-advisory"]


@pytest.mark.parametrize("client", PINNED)
def test_exports_match_golden_files(client: str, request: pytest.FixtureRequest) -> None:
    """Every export of a pinned example stays byte-identical unless deliberately changed."""
    strategy = load_plan(ROOT / "plans" / client / "strategy.yaml")
    files = export(strategy, build_calendar(strategy))
    folder = GOLDEN / client
    if request.config.getoption("--update-golden"):
        for old in folder.rglob("*.*"):
            old.unlink()
        for name, content in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content)
    expected = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.*")}
    assert sorted(files) == sorted(expected)
    for name, content in files.items():
        assert content == expected[name], f"{name} differs from its golden file"
