"""The folders of a plans directory: which can be planned, and why each other one cannot.

An agency run reports on every folder below the plans directory, so none disappears from
the summary without a word: a folder without ``strategy.yaml``, a link that points nowhere,
and two folders that claim the same ``client`` (neither is planned: whichever ran last
would silently overwrite the other's published calendars). Names starting with a dot
(``.git``) and plain files (a README) are not client folders.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dialogplan.errors import InputError, Problem
from flows.files import field_line, read_strategy

__all__ = ["STRATEGY_FILE", "ClientFolder", "scan_folders"]

#: Each client folder's strategy.
STRATEGY_FILE = "strategy.yaml"


@dataclass(frozen=True)
class ClientFolder:
    """One folder below the plans directory and, when it cannot be planned, why."""

    folder: Path
    #: The strategy's ``client``, when the strategy could be read.
    slug: str | None
    #: Why the folder is not planned; None when it can be.
    problem: InputError | None = None

    @property
    def name(self) -> str:
        """The folder's name, as the summary shows it."""
        return self.folder.name

    @property
    def strategy(self) -> Path:
        """Where the folder's strategy is."""
        return self.folder / STRATEGY_FILE


def _refused(path: Path, message: str, field: str = "", line: int | None = None) -> InputError:
    return InputError([Problem(str(path), field, line, message)])


def _missing(folder: Path) -> InputError | None:
    """Why a folder has no strategy to plan, or None when it has one."""
    strategy = folder / STRATEGY_FILE
    if folder.is_symlink() and not folder.exists():
        target = str(folder.readlink())
        return _refused(folder, f"is a link to {target}, which does not exist; fix or remove it")
    if strategy.is_file():
        return None
    if strategy.is_symlink():
        target = str(strategy.readlink())
        return _refused(strategy, f"is a link to {target}, which does not exist; fix or remove it")
    if strategy.exists():
        return _refused(strategy, "is not a file; a client folder holds its strategy here")
    return _refused(
        folder,
        f"has no {STRATEGY_FILE}; add one, or move the folder out of {folder.parent}",
    )


def _slug(strategy: Path) -> str | None:
    """The strategy's client; None when it does not read (its task reports why)."""
    try:
        return read_strategy(strategy).client
    except Exception:  # noqa: BLE001 - the client's own run reports it, located, in its task
        return None


def _claimed_twice(folders: list[ClientFolder]) -> list[ClientFolder]:
    """Folders that share their client slug, each refused with the other folders named."""
    by_slug: dict[str, list[ClientFolder]] = {}
    for folder in folders:
        if folder.slug is not None and folder.problem is None:
            by_slug.setdefault(folder.slug, []).append(folder)
    result = []
    for folder in folders:
        same = by_slug.get(folder.slug or "", [])
        if len(same) < 2:
            result.append(folder)
            continue
        others = ", ".join(str(f.strategy) for f in same if f is not folder)
        problem = _refused(
            folder.strategy,
            f"client {folder.slug!r} is also claimed by {others}; neither is planned and the "
            "outputs already published for it are left as they are: give each folder a "
            "client of its own",
            "client",
            field_line(folder.strategy, "client"),
        )
        result.append(ClientFolder(folder.folder, folder.slug, problem))
    return result


def scan_folders(plans_dir: Path) -> list[ClientFolder]:
    """Every client folder below ``plans_dir`` in name order, each with its problem if any."""
    folders = []
    for entry in sorted(plans_dir.iterdir()):
        if entry.name.startswith(".") or (entry.is_file() and not entry.is_symlink()):
            continue
        if not entry.is_dir() and entry.exists():
            continue  # a link to a file, such as a shared README
        problem = _missing(entry)
        slug = _slug(entry / STRATEGY_FILE) if problem is None else None
        folders.append(ClientFolder(entry, slug, problem))
    return _claimed_twice(folders)
