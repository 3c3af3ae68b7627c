"""The files behind each live feed, and the feeds built from them, kept until a file changes.

A client's feed is made from ``OUT/<client>/calendar.ics`` (the plan) and the same file in
every quarter folder beside it (``OUT/<client>/2027-Q2/``); a channel's feed from
``channels/<channel>.ics`` in the same places. Only files that really lie below the output
root count: a link leading out of it is treated as if it were not there.

Calendar apps ask again every few hours, mostly to hear that nothing changed. So a built
feed (its bytes, their gzip and the ETag) is kept under the identity of its files (path,
modification time, size), and a repeated request costs a few ``stat`` calls, not a parse.
"""

# ruff: noqa: PTH116, PTH118 - a repeated request only stats files; plain strings keep it cheap
from __future__ import annotations

import gzip
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from dialogplan.feed_union import QUARTER_LABEL, UnionFeed, union_feed
from dialogplan.feeds import CHANNELS_DIR
from flows.generations import CURRENT

__all__ = [
    "CALENDAR",
    "NAME",
    "BuiltFeed",
    "FeedCache",
    "FeedError",
    "Sources",
    "channel_names",
    "client_names",
    "feed_file",
    "feed_path",
    "sources",
    "verified",
]

#: The full calendar's file name, the same in the plan and in each quarter folder.
CALENDAR = "calendar.ics"
#: A client or channel name as the strategy format allows it: the only names ever served.
NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")


class FeedError(Exception):
    """Something about the output root or the server's address that the person can fix."""


@dataclass(frozen=True)
class _File:
    path: str
    mtime_ns: int
    size: int
    inode: int


#: Each source of a feed: the quarter (None for the plan) and its file, if it has one.
Sources = tuple[tuple[str | None, _File | None], ...]


@dataclass(frozen=True)
class BuiltFeed:
    """A feed ready to send: both bodies, their ETags, and when it last changed."""

    union: UnionFeed
    gzip: bytes
    etag: str
    gzip_etag: str
    #: Seconds since the epoch, whole: HTTP dates have no fractions.
    last_modified: int


def feed_path(client: str, secret: str, channel: str | None = None) -> str:
    """The URL path of a client's full calendar, or of one channel's."""
    return f"/{client}/{secret}/{feed_file(channel)}"


def feed_file(channel: str | None) -> str:
    """The feed's file name relative to a plan or quarter folder."""
    return CALENDAR if channel is None else f"{CHANNELS_DIR}/{channel}.ics"


def _stat(path: str) -> _File | None:
    """The regular file at ``path``, links followed: one system call, for every request."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return _File(path, info.st_mtime_ns, info.st_size, info.st_ino)


def _inside(root: str, file: _File | None) -> _File | None:
    """The same file under its real path, if that really lies below ``root``."""
    if file is None:
        return None
    real = os.path.realpath(file.path)
    if not real.startswith(root + os.sep):
        return None
    found = _stat(real)
    return found if found is not None and found.inode == file.inode else None


def _quarters(folder: str) -> list[str]:
    try:
        with os.scandir(folder) as entries:
            return sorted(e.name for e in entries if QUARTER_LABEL.fullmatch(e.name))
    except OSError:
        return []


def sources(root: str, client: str, channel: str | None) -> Sources:
    """The plan's and every planned quarter's file for a feed, as they are now.

    Cheap enough for every request (a few ``stat`` calls); where the files really lie is
    checked by :func:`verified` before any of them is read.
    """
    folder = os.path.join(root, client)
    name = feed_file(channel)
    found: list[tuple[str | None, _File | None]] = [(None, _stat(os.path.join(folder, name)))]
    for label in _quarters(folder):
        quarter = os.path.join(folder, label)
        if _stat(os.path.join(quarter, CALENDAR)) is not None:
            found.append((label, _stat(os.path.join(quarter, name))))
    return tuple(found)


def verified(root: str, client: str, found: Sources) -> Sources:
    """Only what really lies below ``root``, under real paths: links leading out count as absent.

    A quarter folder whose calendar lies outside is no quarter at all; a file is kept only
    if it is still the one ``found`` saw (the same inode).
    """
    kept: list[tuple[str | None, _File | None]] = []
    for label, file in found:
        if label is not None:
            calendar = _stat(os.path.join(root, client, label, CALENDAR))
            if _inside(root, calendar) is None:
                continue
        kept.append((label, _inside(root, file)))
    return tuple(kept)


def _has_feed(root: str, client: str, channel: str | None) -> bool:
    return any(f for _, f in verified(root, client, sources(root, client, channel)))


def client_names(root: Path) -> list[str]:
    """The clients below the root that have a calendar to serve."""
    real = os.path.realpath(root)
    try:
        with os.scandir(real) as entries:
            # "current" is a plan's own pointer to its latest output, never a client.
            names = sorted(e.name for e in entries if NAME.fullmatch(e.name) and e.name != CURRENT)
    except OSError:
        return []
    return [name for name in names if _has_feed(real, name, None)]


def channel_names(root: Path, client: str) -> list[str]:
    """Every channel with a feed in the client's plan or one of its quarter folders."""
    real = os.path.realpath(root)
    folder = os.path.join(real, client)
    names: set[str] = set()
    for sub in ["", *_quarters(folder)]:
        names.update(_channel_stems(os.path.join(folder, sub, CHANNELS_DIR)))
    return sorted(name for name in names if _has_feed(real, client, name))


def _channel_stems(folder: str) -> Iterator[str]:
    try:
        with os.scandir(folder) as entries:
            stems = [e.name.removesuffix(".ics") for e in entries if e.name.endswith(".ics")]
    except OSError:
        return
    yield from (stem for stem in stems if NAME.fullmatch(stem))


class FeedCache:
    """Built feeds by client and channel, each valid while its files and quarter stay."""

    def __init__(self, root: Path) -> None:
        self.root = os.path.realpath(root)
        self._built: dict[tuple[str, str | None], tuple[Sources, BuiltFeed]] = {}

    def sources(self, client: str, channel: str | None) -> Sources | None:
        """The feed's files now (not yet verified), or None when there are none."""
        found = sources(self.root, client, channel)
        return found if any(f for _, f in found) else None

    def cached(
        self, client: str, channel: str | None, found: Sources, now: datetime
    ) -> BuiltFeed | None:
        """The feed built before, if its files are the same and its quarter is not over."""
        hit = self._built.get((client, channel))
        if hit is None or hit[0] != found or now >= hit[1].union.until:
            return None
        return hit[1]

    def build(
        self, client: str, channel: str | None, found: Sources, now: datetime
    ) -> BuiltFeed | None:
        """Read the files, make the union and keep it; None when no file lies inside the root.

        Runs outside the event loop.
        """
        try:
            built = _build(verified(self.root, client, found), now)
        except FileNotFoundError:
            # A run swept an old generation between the stat and the read: look again.
            found = sources(self.root, client, channel)
            built = _build(verified(self.root, client, found), now)
        if built is None:
            return None
        # New content never carries an older date than the content it replaces (a quarter
        # folder removed, say), or If-Modified-Since would hide it.
        before = self._built.get((client, channel))
        if (
            before is not None
            and before[1].etag != built.etag
            and built.last_modified <= before[1].last_modified
        ):
            built = replace(built, last_modified=int(now.timestamp()))
        self._built[(client, channel)] = (found, built)
        return built


def _build(found: Sources, now: datetime) -> BuiltFeed | None:
    if not any(file for _, file in found):
        return None
    plan: bytes | None = None
    quarters: dict[str, bytes | None] = {}
    for label, file in found:
        data = Path(file.path).read_bytes() if file is not None else None
        if label is None:
            plan = data
        else:
            quarters[label] = data
    union = union_feed(plan, quarters, now)
    digest = hashlib.sha256(union.ics).hexdigest()[:32]
    newest = max(file.mtime_ns for _, file in found if file is not None) // 1_000_000_000
    return BuiltFeed(
        union=union,
        gzip=gzip.compress(union.ics, compresslevel=9, mtime=0),
        etag=f'"{digest}"',
        gzip_etag=f'"{digest}-gzip"',
        last_modified=max(newest, int(union.since.timestamp())),
    )
