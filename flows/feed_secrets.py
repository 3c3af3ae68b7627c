"""The secret in each client's feed URLs: made once, kept private, rotated on request.

Calendar apps cannot log in (Google's fetcher never could), so the URL itself is the key:
``/<client>/<secret>/calendar.ics``. The secrets live in one file below the output root,
readable by its owner only, which the feed server never serves. A rotation replaces one
client's secret, and a running server takes the new one on the next request, so a URL that
leaked stops working at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import hmac
import json
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from flows.feed_files import FeedError

__all__ = ["SECRETS_FILE", "SecretStore"]

#: The file below the output root that holds every client's secret.
SECRETS_FILE = ".feed-secrets.json"
_LOCK = ".feed-secrets.lock"
_OWNER_ONLY = 0o600
#: Compared with when a client is unknown, so that answer takes as long as a wrong secret.
_DUMMY = secrets.token_urlsafe(24)


class SecretStore:
    """The secrets of every client below one output root, re-read when the file changes."""

    def __init__(self, root: Path) -> None:
        self.path = root / SECRETS_FILE
        self._lock = root / _LOCK
        self._identity: tuple[int, int, int] | None = None
        self._secrets: dict[str, str] = {}

    def current(self) -> dict[str, str]:
        """Every client's secret as the file holds it now (one stat when it did not change)."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return {}
        identity = (info.st_ino, info.st_mtime_ns, info.st_size)
        if identity != self._identity:
            self._secrets = _read(self.path)
            self._identity = identity
        return self._secrets

    def matches(self, client: str, given: str) -> bool:
        """Whether ``given`` is the client's secret, in time that does not depend on the answer."""
        expected = self.current().get(client)
        same = hmac.compare_digest(given.encode(), (expected or _DUMMY).encode())
        return same and expected is not None

    def ensure(self, clients: Iterable[str]) -> list[str]:
        """Give every client without a secret one; returns the clients that got one."""
        with self._locked():
            known = _read(self.path) if self.path.exists() else {}
            new = sorted(set(clients) - set(known))
            if new:
                _write(self.path, known | {client: _new_secret() for client in new})
            elif self.path.exists():
                _tighten(self.path)
        return new

    def rotate(self, client: str) -> str:
        """A new secret for ``client``; the old URLs stop working at once."""
        with self._locked():
            known = _read(self.path) if self.path.exists() else {}
            secret = _new_secret()
            _write(self.path, known | {client: secret})
        return secret

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """A server adding a client and a rotation never write over each other."""
        self._lock.parent.mkdir(parents=True, exist_ok=True)
        with self._lock.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _new_secret() -> str:
    return secrets.token_urlsafe(24)


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        data = None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise FeedError(
            f"{path} is not a mapping of client to secret; remove it to give every "
            "client a new secret (subscribers then need the new URLs)"
        )
    return data


def _tighten(path: Path) -> None:
    """A secrets file someone made readable to others is made private again."""
    if stat.S_IMODE(path.stat().st_mode) != _OWNER_ONLY:
        path.chmod(_OWNER_ONLY)


def _write(path: Path, data: dict[str, str]) -> None:
    """Replace the file in one rename; it is owner-only from its first byte."""
    temporary = path.with_name(f"{path.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _OWNER_ONLY)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(dict(sorted(data.items())), handle, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
