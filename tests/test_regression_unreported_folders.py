"""A folder without strategy.yaml, or a dangling symlink, silently disappeared from the
summary of an agency run."""

from __future__ import annotations

import shutil
from pathlib import Path

from flows.clients import scan_folders
from tests.support import ROOT


def test_every_folder_below_the_plans_directory_is_accounted_for(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(ROOT / "plans" / "wolkenwerk-coaching", plans / "wolkenwerk-coaching")
    (plans / "new-client").mkdir()
    (plans / "archived").symlink_to(tmp_path / "archive" / "archived")
    (plans / "half-moved").mkdir()
    (plans / "half-moved" / "strategy.yaml").symlink_to(tmp_path / "gone.yaml")
    (plans / "README.md").write_text("one folder per client\n", "utf-8")
    (plans / ".git").mkdir()
    folders = {f.name: f.problem for f in scan_folders(plans)}
    assert sorted(folders) == ["archived", "half-moved", "new-client", "wolkenwerk-coaching"]
    assert folders["wolkenwerk-coaching"] is None
    assert "has no strategy.yaml" in str(folders["new-client"])
    assert f"is a link to {tmp_path / 'archive' / 'archived'}, which does not exist" in str(
        folders["archived"]
    )
    assert f"is a link to {tmp_path / 'gone.yaml'}, which does not exist" in str(
        folders["half-moved"]
    )
