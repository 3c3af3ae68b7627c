"""`dialogplan feeds out/` after `dialogplan plan … --out out` served a client called "current"."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.cli import EXIT_INVALID, main
from flows.feed_files import client_names


def one_plan(folder: Path) -> Path:
    """A plan's output as `dialogplan plan` leaves it: files, and `current` holding them too."""
    for place in (folder, folder / "current"):
        (place / "channels").mkdir(parents=True)
        (place / "calendar.ics").write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    return folder


def test_a_plan_s_own_pointer_is_no_client(tmp_path: Path) -> None:
    one_plan(tmp_path / "out" / "wolkenwerk")
    assert client_names(tmp_path / "out") == ["wolkenwerk"]
    assert client_names(tmp_path / "out" / "wolkenwerk") == []


def test_serving_one_plan_s_folder_names_the_folder_to_serve(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = one_plan(tmp_path / "out")
    assert main(["feeds", str(out), "--port", "0"]) == EXIT_INVALID
    error = capsys.readouterr().err
    assert f"dialogplan feeds {tmp_path.resolve()}" in error
    assert "'out'" in error
