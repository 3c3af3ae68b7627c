"""Output folders as whole generations: what readers see, what a run leaves, the lock."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from flows.generations import CURRENT, GENERATIONS, LOCK, OutputError, publish
from tests.generations_support import at_once, generations, leftovers, published

OLD = {"calendar.ics": b"old", "calendar.csv": b"old,csv", "channels/linkedin.ics": b"old li"}
NEW = {"calendar.ics": b"new", "calendar.csv": b"new,csv", "channels/linkedin.ics": b"new li"}


def test_the_usual_names_lead_into_the_current_generation(tmp_path: Path) -> None:
    """calendar.ics and channels/ are links through one `current` link to a complete set."""
    out = tmp_path / "out"
    publish(OLD, out)
    publish(NEW, out)
    assert published(out) == NEW
    assert (out / CURRENT).readlink().parent == Path(GENERATIONS)
    assert (out / "calendar.ics").readlink() == Path(CURRENT, "calendar.ics")
    assert (out / "channels").readlink() == Path(CURRENT, "channels")
    assert published(out / CURRENT) == NEW


def test_the_current_and_the_previous_generation_are_kept(tmp_path: Path) -> None:
    """Readers still inside the previous generation finish reading it; older ones go."""
    out = tmp_path / "out"
    publish(OLD, out)
    first = generations(out)
    publish(NEW, out)
    assert len(generations(out)) == 2
    assert set(first) < set(generations(out))
    publish({"calendar.ics": b"third"}, out)
    assert len(generations(out)) == 2
    assert first[0] not in generations(out)


def test_a_name_the_new_generation_lacks_disappears(tmp_path: Path) -> None:
    """A file the new set does not have is gone for readers, not left from the old set."""
    out = tmp_path / "out"
    publish(OLD, out)
    publish({"calendar.ics": b"only"}, out)
    assert published(out) == {"calendar.ics": b"only"}
    assert not (out / "calendar.csv").is_symlink()


def test_what_a_killed_run_left_is_removed_by_the_next(tmp_path: Path) -> None:
    """Half-written generations and temporary links are swept; they were never visible."""
    out = tmp_path / "out"
    publish(OLD, out)
    half = out / GENERATIONS / ".tmp-20270101T000000-abcdef"
    (half / "channels").mkdir(parents=True)
    (half / "calendar.ics").write_bytes(b"half")
    (out / ".calendar.ics.1234abcd.tmp").symlink_to("nowhere")
    assert published(out) == OLD
    publish(NEW, out)
    assert leftovers(out) == []
    assert published(out) == NEW


def test_a_folder_from_before_generations_is_taken_over_whole(tmp_path: Path) -> None:
    """Plain files and a channels/ folder of an older version become links; stale temp goes."""
    out = tmp_path / "out"
    (out / "channels").mkdir(parents=True)
    for name, data in OLD.items():
        (out / name).write_bytes(data)
    (out / "channels" / ".linkedin.ics.x.tmp").write_bytes(b"stale")
    (out / ".calendar.ics.y.tmp").write_bytes(b"stale")
    (out / "notes.txt").write_bytes(b"the team's own file")
    publish(NEW, out)
    assert published(out) == {**NEW, "notes.txt": b"the team's own file"}
    assert leftovers(out) == []


def test_carry_keeps_the_files_it_does_not_replace(tmp_path: Path) -> None:
    """A health check publishes a new report beside the calendars subscribers know."""
    out = tmp_path / "out"
    publish(OLD, out)
    publish({"report.md": b"# report"}, out, carry=True)
    assert published(out) == {**OLD, "report.md": b"# report"}


def test_an_unchanged_file_is_shared_with_the_previous_generation(tmp_path: Path) -> None:
    """Same bytes, same file: its modification time stays, and so do HTTP cache headers."""
    out = tmp_path / "out"
    publish(OLD, out)
    os.utime(out / "calendar.csv", (1_000_000_000, 1_000_000_000))
    publish({**OLD, "calendar.ics": b"changed"}, out)
    assert (out / "calendar.csv").stat().st_mtime == 1_000_000_000
    assert (out / "calendar.csv").stat().st_nlink == 2


def test_a_run_waits_for_another_run_writing_to_the_folder(tmp_path: Path) -> None:
    """While another run holds the lock, a run waits; after too long it fails with the folder."""
    out = tmp_path / "out"
    publish(OLD, out)
    with (out / LOCK).open("a") as other:
        fcntl.flock(other, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another dialogplan run has been writing here"):
            publish(NEW, out, wait=0.3)
        assert published(out) == OLD
    publish(NEW, out, wait=0.3)
    assert published(out) == NEW


def test_runs_into_one_folder_take_turns(tmp_path: Path) -> None:
    """Many runs at once into one folder: every one succeeds and readers see one whole set."""
    out = tmp_path / "out"
    sets = [{name: data + str(n).encode() for name, data in NEW.items()} for n in range(6)]
    assert at_once(lambda files: publish(files, out), sets) == []
    assert published(out) in sets
    assert len(generations(out)) == 2
    assert leftovers(out) == []


def test_a_folder_that_cannot_be_created_is_named(tmp_path: Path) -> None:
    """An output path below a file cannot be a folder: the error names it, nothing raw."""
    blocker = tmp_path / "calendar.ics"
    blocker.write_bytes(b"a file, not a folder")
    with pytest.raises(OutputError, match=r"cannot be written: not a directory") as caught:
        publish(NEW, blocker / "out")
    assert str(blocker / "out") in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_named_and_left_as_it_was(tmp_path: Path) -> None:
    """Permission denied names the folder and says what to do; readers see the old set."""
    out = tmp_path / "out"
    publish(OLD, out)
    out.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="permission denied"):
            publish(NEW, out)
        assert published(out) == OLD
    finally:
        out.chmod(0o755)
