"""Two runs into one output folder raced silently, each replacing files of the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogplan.revisions import read_revisions
from flows.files import read_strategy
from flows.job import STAMP, run_client
from tests.generations_support import at_once, generations, leftovers, published
from tests.support import REVISED_AT, ROOT, build


def test_two_runs_into_one_folder_take_turns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(REVISED_AT.timestamp())))
    text = (ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml").read_text("utf-8")
    versions = [text, text.replace("hours_per_week: 5\n", "hours_per_week: 6\n", 1)]
    paths, alone = [], []
    for n, version in enumerate(versions):
        path = tmp_path / f"plan-{n}" / "strategy.yaml"
        path.parent.mkdir()
        path.write_text(version, "utf-8")
        paths.append(path)
        alone.append(build(read_strategy(path)).files)
    # The run that comes second revises the calendar of the first, if it found it in time.
    expected = alone + [
        build(read_strategy(path), earlier=read_revisions(other["calendar.ics"])).files
        for path, other in zip(paths, reversed(alone), strict=True)
    ]
    out = tmp_path / "out"
    assert at_once(lambda path: run_client(path, out, use_cache=False), paths) == []
    client = out / "wolkenwerk-coaching"
    assert published(client) in expected
    assert (client / STAMP).is_file()
    assert len(generations(client)) == 2
    assert leftovers(client) == []
