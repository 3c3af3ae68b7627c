"""An output folder as whole generations: readers see the old set of files or the new one.

Calendar apps, web servers and people read a client's files while a run writes them. So a
run never changes a published file: it writes a complete new *generation* into
``.generations/<id>/`` and then switches the link ``current`` to it with one atomic rename
(a temporary link renamed over the old one, as deployment tools and package managers do).
The names people know (``calendar.ics``, ``channels/``, ...) are links through ``current``,
so at every instant they all point into the same generation::

    OUT/<client>/
      calendar.ics -> current/calendar.ics     (one link per top-level name)
      channels -> current/channels
      current -> .generations/<id>             (switched atomically)
      .generations/<id>/...                    (the current generation, complete)
      .generations/<earlier id>/...            (the previous one, kept for readers mid-way)
      .lock                                    (held while a run writes)

A run that is killed leaves at most a ``.generations/.tmp-*`` folder and ``.*.tmp`` links,
which the next run removes. Two runs into one folder take turns through an exclusive lock
on ``.lock``. A file whose bytes did not change is hard-linked from the previous generation,
so it keeps its modification time (and a web server's cache headers stay valid).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import shutil
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

__all__ = [
    "CURRENT",
    "GENERATIONS",
    "LOCK",
    "LOCK_WAIT",
    "OutputError",
    "current_generation",
    "publish",
    "write_error",
]

#: The link that names the generation readers see.
CURRENT = "current"
#: Where the generations live, inside the output folder.
GENERATIONS = ".generations"
#: The lock file two runs into one folder take turns on.
LOCK = ".lock"
#: How long a run waits for another run writing to the same folder before it gives up.
LOCK_WAIT = 60.0
_TMP = ".tmp-"
#: At most this many syncs wait at once when a generation is put on disk.
_SYNCS = 16


class OutputError(Exception):
    """An output folder that cannot be written, with the folder and what to do about it."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(f"{path}: {reason}")

    def __reduce__(self) -> tuple[type[OutputError], tuple[Path, str]]:
        """Cross process boundaries whole."""
        return (type(self), (self.path, str(self).removeprefix(f"{self.path}: ")))


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot be written: permission denied; give dialogplan write access or choose "
    if exc.strerror:
        return f"cannot be written: {exc.strerror.lower()}; free it or choose "
    return f"cannot be written ({exc}); choose "


def write_error(folder: Path, exc: OSError) -> OutputError:
    """A write error as a message naming the output folder, whatever inside it failed."""
    return OutputError(folder, _why(exc) + "another output folder with --out")


def _relative(name: str) -> PurePosixPath:
    relative = PurePosixPath(name)
    if relative.is_absolute() or not relative.parts or ".." in relative.parts:
        raise ValueError(f"output name {name!r} must be a relative path inside the folder")
    if relative.parts[0] in {CURRENT, GENERATIONS, LOCK}:
        raise ValueError(f"output name {name!r} is reserved for the generations themselves")
    return relative


@contextlib.contextmanager
def _locked(folder: Path, wait: float) -> Iterator[None]:
    """Hold the folder's lock; another run writing there is waited for, up to ``wait`` s."""
    with (folder / LOCK).open("a") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OutputError(
                        folder,
                        f"another dialogplan run has been writing here for over {wait:.0f} s; "
                        "wait for it to finish (or stop it) and run again",
                    ) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def current_generation(folder: Path) -> Path | None:
    """The generation folder readers see now, or None before the first run."""
    link = folder / CURRENT
    if not link.is_symlink():
        return None
    target = folder / str(link.readlink())
    return target if target.is_dir() else None


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _sweep(folder: Path, keep: set[str]) -> None:
    """Remove what killed runs left and every generation but the ones to keep."""
    for leftover in folder.glob(".*.tmp"):
        _remove(leftover)
    store = folder / GENERATIONS
    if store.is_dir():
        for generation in store.iterdir():
            if generation.name not in keep:
                _remove(generation)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fill(
    generation: Path, files: Mapping[PurePosixPath, bytes], seen: Path, *, carry: bool
) -> list[PurePosixPath]:
    """Write a generation's files; unchanged ones are hard links into the previous one.

    Returns what was written anew, for :func:`_durable`: links point at files that are
    on disk already.
    """
    default_mode = 0o666 & ~_umask()
    if carry and (before := current_generation(seen)) is not None:
        for old in sorted(before.rglob("*")):
            relative = PurePosixPath(old.relative_to(before).as_posix())
            if old.is_file() and relative not in files:
                (generation / relative).parent.mkdir(parents=True, exist_ok=True)
                os.link(old, generation / relative)
    written: list[PurePosixPath] = []
    for relative, data in files.items():
        target = generation / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        known = seen.joinpath(*relative.parts)
        try:
            if known.is_file() and known.read_bytes() == data:
                os.link(known.resolve(), target)
                continue
            mode = known.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = default_mode
        target.write_bytes(data)
        # A web server publishing the feeds must be able to read them.
        target.chmod(mode)
        written.append(relative)
    return written


def _fsync(path: Path) -> None:
    """Wait until the file or folder at ``path`` is on disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _durable(generation: Path, written: list[PurePosixPath]) -> None:
    """Put a new generation on disk before any link points at it.

    Every new file and every folder of the generation is synced, all at once: the file
    system commits concurrent syncs together, so a generation costs about one sync instead
    of one per file, and a power cut after the switch still finds every byte.
    """
    folders = {generation, generation.parent} | {
        generation.joinpath(*relative.parts[:-1]) for relative in written
    }
    paths = [generation.joinpath(*relative.parts) for relative in written] + sorted(folders)
    with ThreadPoolExecutor(max_workers=min(len(paths), _SYNCS)) as pool:
        list(pool.map(_fsync, paths))


def _link(folder: Path, name: str, target: str) -> None:
    """Point ``folder/name`` at ``target`` in one rename; a legacy folder there moves aside."""
    path = folder / name
    if path.is_symlink() and str(path.readlink()) == target:
        return
    if path.is_dir() and not path.is_symlink():
        # A folder from before generations: out of the way, removed by the sweep.
        path.rename(folder / GENERATIONS / f"{_TMP}{name}-{secrets.token_hex(4)}")
    temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"
    temporary.symlink_to(target)
    temporary.replace(path)


def _switch(folder: Path, generation: Path, tops: set[str], before: Path | None) -> None:
    """Make ``generation`` the one readers see; names it no longer has disappear."""
    for name in sorted(tops):
        _link(folder, name, f"{CURRENT}/{name}")
    _link(folder, CURRENT, f"{GENERATIONS}/{generation.name}")
    _fsync(folder)
    if before is not None:
        for old in before.iterdir():
            path = folder / old.name
            ours = path.is_symlink() and str(path.readlink()) == f"{CURRENT}/{old.name}"
            if old.name not in tops and ours:
                path.unlink()


def _generation_id() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


def _publish(folder: Path, files: Mapping[PurePosixPath, bytes], *, carry: bool) -> None:
    before = current_generation(folder)
    _sweep(folder, {before.name} if before is not None else set())
    store = folder / GENERATIONS
    store.mkdir(exist_ok=True)
    name = _generation_id()
    building = store / f"{_TMP}{name}"
    building.mkdir()
    written = _fill(building, files, folder, carry=carry)
    generation = building.rename(store / name)
    _durable(generation, written)
    tops = {p.name for p in generation.iterdir()}
    _switch(folder, generation, tops, before)
    keep = {generation.name} | ({before.name} if before is not None else set())
    _sweep(folder, keep)


def publish(
    files: Mapping[str, bytes],
    folder: str | Path,
    *,
    carry: bool = False,
    wait: float = LOCK_WAIT,
) -> list[Path]:
    """Publish ``files`` as the folder's new generation; returns their paths as readers see them.

    With ``carry``, files of the current generation that ``files`` does not name are kept
    (a health check replaces the report, never the calendars). Raises :class:`OutputError`
    when the folder cannot be written; nothing readers see has changed then.
    """
    root = Path(folder)
    relative = {_relative(name): data for name, data in files.items()}
    try:
        root.mkdir(parents=True, exist_ok=True)
        with _locked(root, wait):
            _publish(root, relative, carry=carry)
    except OSError as exc:
        raise write_error(root, exc) from None
    return [root.joinpath(*path.parts) for path in relative]
