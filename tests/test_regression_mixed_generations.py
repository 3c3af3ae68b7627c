"""A run killed between files, or a write error in one subfolder, left a mix of generations
(a new calendar.ics beside an old google-calendar.csv) and .tmp files behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.generations import OutputError, publish
from tests.generations_support import generations, leftovers, published

OLD = {"calendar.ics": b"old", "google-calendar.csv": b"old", "channels/linkedin.ics": b"old"}


def test_a_write_error_in_a_subfolder_changes_nothing_readers_see(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(OLD, out)
    # "channels" as a file makes writing channels/linkedin.ics fail halfway through the set.
    broken = {"calendar.ics": b"new", "channels": b"x", "channels/linkedin.ics": b"new"}
    with pytest.raises(OutputError, match="cannot be written"):
        publish(broken, out)
    assert published(out) == OLD
    assert len(generations(out)) == 1
    new = dict.fromkeys(OLD, b"new")
    publish(new, out)
    assert published(out) == new
    assert leftovers(out) == []
