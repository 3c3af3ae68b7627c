"""Reading a team's files and writing the plan's outputs; the dialogplan library never touches disk.

Outputs are often served straight to calendar subscribers, so a run's files are published
as one generation (:mod:`flows.generations`): readers see the old set or the new one, never
a mix, and a file whose bytes did not change keeps its modification time (and with it the
web server's cache headers). A single file (the JSON Schema) is replaced in one rename.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from datetime import datetime
from pathlib import Path

from dialogplan.activity_log import LoggedActivity, parse_activity
from dialogplan.contacts import parse_contacts
from dialogplan.errors import (
    ActivityLogError,
    ConnectionsError,
    ContactsError,
    InputError,
    Problem,
    StrategyError,
    did_you_mean,
)
from dialogplan.moves import MOVES
from dialogplan.strategy import LANGUAGES, Strategy, parse_strategy
from flows.generations import OutputError, publish, write_error

__all__ = [
    "CHANNELS_DIR",
    "OutputError",
    "contacts_file",
    "existing_channel_feeds",
    "field_line",
    "read_activity",
    "read_export",
    "read_overrides",
    "read_strategy",
    "templates_folder",
    "write_file",
    "write_outputs",
]

#: Where the per-channel feeds live inside an output folder.
CHANNELS_DIR = "channels"


def _why(exc: OSError | UnicodeDecodeError) -> str:
    """A reason a person can act on, without a Python traceback."""
    if isinstance(exc, UnicodeDecodeError):
        return f"is not UTF-8 text (byte {exc.start})"
    if isinstance(exc, FileNotFoundError):
        return "does not exist"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "cannot be read: permission denied"
    return f"cannot be read: {exc.strerror or exc}"


def _read_text(path: Path, source: str, error: type[InputError] = StrategyError) -> str:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error([Problem(source, "", None, _why(exc))]) from None


def read_strategy(path: str | Path) -> Strategy:
    """Read and validate a strategy file and its contacts; problems name the files as given.

    The contacts file's people travel with the strategy (:attr:`Strategy.people`), so every
    command that reads a strategy checks them too.
    """
    source = str(path)
    strategy = parse_strategy(_read_text(Path(path), source), source=source)
    file = contacts_file(strategy, path)
    if file is None:
        return strategy
    today = datetime.now(strategy.zone).date()
    people = parse_contacts(
        _contacts_bytes(file, path), str(file), strategy.keep_in_touch, today=today
    )
    return strategy.with_people(people)


def read_export(path: Path) -> bytes:
    """An export to import (LinkedIn's Connections.csv); one that cannot be read is refused."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConnectionsError([Problem(str(path), "", None, _why(exc))]) from None


def contacts_file(strategy: Strategy, strategy_path: str | Path) -> Path | None:
    """The contacts file a strategy names, relative to the strategy file, or None."""
    if strategy.contacts is None:
        return None
    return Path(strategy_path).parent / strategy.contacts


def _contacts_bytes(file: Path, strategy_path: str | Path) -> bytes:
    """The contacts file's bytes; a file that is missing or leads out of the folder is refused.

    The problem points at the strategy's ``contacts`` line: that is where the fix goes.
    """
    why = ""
    if not file.resolve().is_relative_to(Path(strategy_path).resolve().parent):
        why = f"contacts file {file} leads out of the strategy's folder through a link"
    else:
        try:
            return file.read_bytes()
        except OSError as exc:
            why = f"contacts file {file} {_why(exc)}"
            if isinstance(exc, FileNotFoundError):
                why += "; create it (a header 'name,channel,tier' is enough) or fix the path"
    line = field_line(Path(strategy_path), "contacts")
    raise ContactsError([Problem(str(strategy_path), "contacts", line, why)])


def read_activity(path: str | Path, strategy: Strategy) -> tuple[LoggedActivity, ...]:
    """Read a team's activity log; every bad row is reported with its line number."""
    source = str(path)
    return parse_activity(_read_text(Path(path), source, ActivityLogError), source, strategy)


def field_line(strategy_path: Path, field: str) -> int | None:
    """The line a top-level field stands on, so a problem found after parsing can point at it."""
    try:
        lines = strategy_path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    pattern = re.compile(rf"^{re.escape(field)}\s*:")
    return next((n for n, line in enumerate(lines, 1) if pattern.match(line)), None)


def templates_folder(strategy: Strategy, strategy_path: str | Path) -> Path | None:
    """The team's own template folder, relative to the strategy file, or None."""
    if strategy.templates is None:
        return None
    return Path(strategy_path).parent / strategy.templates


def _checked_folder(strategy: Strategy, strategy_path: str | Path) -> Path | None:
    """The team's template folder, if it names one: an existing folder inside the strategy's."""
    folder = templates_folder(strategy, strategy_path)
    if folder is None:
        return None
    why = ""
    if not folder.is_dir():
        why = (
            f"template folder {folder} {'is not a folder' if folder.exists() else 'does not exist'}"
        )
    elif not folder.resolve().is_relative_to(Path(strategy_path).resolve().parent):
        why = f"template folder {folder} leads out of the strategy's folder through a link"
    if why:
        line = field_line(Path(strategy_path), "templates")
        raise StrategyError([Problem(str(strategy_path), "templates", line, why)])
    return folder


def read_overrides(strategy: Strategy, strategy_path: str | Path) -> dict[str, str]:
    """The team's own templates as ``{"<language>/<move>.j2": source}``, or an empty dict.

    The folder is taken relative to the strategy file, so a plan folder can be moved or
    checked out anywhere and still find its templates.
    """
    folder = _checked_folder(strategy, strategy_path)
    if folder is None:
        return {}
    home = Path(strategy_path).resolve().parent
    files = sorted(p for p in folder.rglob("*.j2") if p.is_file())
    problems: list[Problem] = []
    overrides: dict[str, str] = {}
    known = {f"{language}/{move}.j2" for language in LANGUAGES for move in MOVES}
    for file in files:
        name = file.relative_to(folder).as_posix()
        if not file.resolve().is_relative_to(home):
            problems.append(Problem(str(file), "", None, "links out of the strategy's folder"))
            continue
        if name not in known and not file.name.startswith("_"):
            # A misspelt name would silently leave the built-in template in charge.
            hint = did_you_mean(name, known) or "; name it <language>/<move>.j2"
            problems.append(Problem(str(file), "", None, f"replaces no template{hint}"))
            continue
        try:
            overrides[name] = file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(file), "", None, _why(exc)))
    if problems:
        raise StrategyError(problems)
    return overrides


def existing_channel_feeds(out_dir: str | Path) -> set[str]:
    """Channel names that already have a feed in an output folder from an earlier run."""
    folder = Path(out_dir) / CHANNELS_DIR
    if not folder.is_dir():
        return set()
    return {p.stem for p in folder.glob("*.ics") if p.is_file()}


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_file(target: Path, data: bytes) -> bool:
    """Replace a file in one step; True if its content changed.

    The new content goes to a temporary file beside the target and is renamed over it, which
    is atomic on one file system: readers see the old file or the new one, never a mix.
    A file that cannot be written raises :class:`OutputError` naming it.
    """
    try:
        return _write_file(target, data)
    except OSError as exc:
        raise write_error(target, exc) from None


def _write_file(target: Path, data: bytes) -> bool:
    try:
        if target.read_bytes() == data:
            return False
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    target.parent.mkdir(parents=True, exist_ok=True)
    written: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
        ) as tmp:
            written = Path(tmp.name)
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        # Temporary files are private; a web server publishing the feed must read it.
        written.chmod(mode)
        written.replace(target)
    except BaseException:
        if written is not None:
            with contextlib.suppress(FileNotFoundError):
                written.unlink()
        raise
    return True


def write_outputs(
    files: dict[str, bytes], out_dir: str | Path, *, carry: bool = False
) -> list[Path]:
    """Publish every output file as the folder's new generation; returns their paths.

    Call it only with everything already computed: a run that fails earlier writes nothing
    and leaves the previous outputs in place for subscribers. With ``carry`` the files of
    the published generation that ``files`` does not replace stay part of it.
    """
    return publish(files, out_dir, carry=carry)
