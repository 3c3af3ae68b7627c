"""Two runs into one output folder raced silently, each replacing files of the other."""

from __future__ import annotations

from pathlib import Path

from dialogplan.pipeline import build
from flows.files import read_strategy
from flows.job import STAMP, run_client
from tests.generations_support import at_once, generations, leftovers, published
from tests.support import ROOT


def test_two_runs_into_one_folder_take_turns(tmp_path: Path) -> None:
    text = (ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml").read_text("utf-8")
    versions = [text, text.replace("hours_per_week: 5\n", "hours_per_week: 6\n", 1)]
    paths, expected = [], []
    for n, version in enumerate(versions):
        path = tmp_path / f"plan-{n}" / "strategy.yaml"
        path.parent.mkdir()
        path.write_text(version, "utf-8")
        paths.append(path)
        expected.append(build(read_strategy(path)).files)
    out = tmp_path / "out"
    assert at_once(lambda path: run_client(path, out, use_cache=False), paths) == []
    client = out / "wolkenwerk-coaching"
    assert published(client) in expected
    assert (client / STAMP).is_file()
    assert len(generations(client)) == 2
    assert leftovers(client) == []
