"""Two client folders with the same `client:` both reported "planned"; the second one
overwrote the first client's published feeds without a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

from flows.clients import scan_folders
from tests.support import ROOT


def test_a_slug_claimed_twice_plans_neither_folder_and_names_both(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(ROOT / "plans" / "harbourline-advisory", plans / "harbourline-advisory")
    shutil.copytree(ROOT / "plans" / "harbourline-advisory", plans / "harbourline-2027")
    shutil.copytree(ROOT / "plans" / "wolkenwerk-coaching", plans / "wolkenwerk-coaching")
    folders = {f.name: f for f in scan_folders(plans)}
    assert folders["wolkenwerk-coaching"].problem is None
    first, second = folders["harbourline-advisory"], folders["harbourline-2027"]
    assert first.problem is not None
    assert second.problem is not None
    assert f"is also claimed by {second.strategy}" in str(first.problem)
    assert f"is also claimed by {first.strategy}" in str(second.problem)
    assert f"{first.strategy}:2: client:" in str(first.problem)
