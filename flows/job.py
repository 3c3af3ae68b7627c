"""One client's whole job: plan, check and write, skipped when nothing changed.

Agencies run this for many clients at once, so it never raises for a client's own
mistakes in a way that could stop the others: the caller gets an outcome per client.
A stamp file in each output folder remembers what the outputs were made from; when the
strategy, the team's templates, the activity log and dialogplan itself are unchanged,
the work is skipped and the files stay exactly as they are.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache, partial
from pathlib import Path

import dialogplan
from dialogplan.activity_log import LoggedActivity
from dialogplan.errors import Problem, StrategyError
from dialogplan.findings import Finding, Severity, severity_counts
from dialogplan.pipeline import Outputs, build
from dialogplan.render import template_dir
from dialogplan.revisions import Revisions, revision_moment
from dialogplan.strategy import Strategy
from flows.files import (
    existing_channel_feeds,
    read_activity,
    read_overrides,
    read_strategy,
    write_outputs,
)
from flows.isolation import in_child, time_limit
from flows.revising import CALENDAR, earlier_revisions, run_clock
from flows.workers import Workers

__all__ = [
    "ACTIVITY_FILE",
    "STAMP",
    "ClientOutcome",
    "Planned",
    "build_in_child",
    "cache_key",
    "code_fingerprint",
    "prepare_client",
    "refuse_empty",
    "run_client",
    "today_in",
]

#: The stamp that remembers what an output folder was made from.
STAMP = ".dialogplan.json"
#: A client's own activity log, next to its strategy, picked up by the reality check.
ACTIVITY_FILE = "activity.csv"


def today_in(strategy: Strategy) -> date:
    """Today where the team works: a weekly check in Sydney must not run on yesterday."""
    return datetime.now(strategy.zone).date()


@cache
def code_fingerprint() -> str:
    """What dialogplan itself contributes to the outputs: its code, data and templates."""
    digest = hashlib.sha256()
    package = Path(dialogplan.__file__).parent
    for root in (package, template_dir()):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".yaml", ".j2", ".css"}:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(
    strategy_path: Path,
    overrides: dict[str, str],
    activity: Path | None,
    as_of: date | None,
    contacts: str = "",
) -> str:
    """A digest of everything a client's outputs are made from; ``contacts`` is the file's."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(strategy_path.read_bytes())
    digest.update(f"\0contacts\0{contacts}".encode())
    for name, text in sorted(overrides.items()):
        digest.update(f"\0{name}\0{text}".encode())
    if activity is not None:
        digest.update(b"\0activity\0" + activity.read_bytes())
        digest.update(str(as_of).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class ClientOutcome:
    """What happened to one client in a run over many."""

    client: str
    status: str  # "planned", "unchanged" or "failed"
    out_dir: Path
    entries: int = 0
    findings: list[Finding] = field(default_factory=list)
    error: str = ""

    def count(self, severity: Severity) -> int:
        """How many findings of that severity the client has."""
        return severity_counts(self.findings)[severity]


def _stamp(out_dir: Path) -> dict[str, object] | None:
    try:
        data = json.loads((out_dir / STAMP).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _digest(path: Path) -> str | None:
    """The file's SHA-256, or None if it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _finding(row: dict[str, object]) -> Finding:
    start, end = str(row["start"]), str(row["end"])
    return Finding(
        code=str(row["code"]),
        severity=Severity.parse(str(row["severity"])),
        channel=str(row["channel"]),
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
        message=str(row["message"]),
        suggestion=str(row["suggestion"]),
        declared=bool(row["declared"]),
    )


def _unchanged(key: str, out_dir: Path) -> ClientOutcome | None:
    """The earlier outcome, if the outputs were made from exactly the same inputs.

    The calendar is an input too (its entries' revisions): it must still be the one that
    run wrote. Then planning again would give the same bytes, as no entry changed.
    """
    stamp = _stamp(out_dir)
    if stamp is None or stamp.get("key") != key:
        return None
    files = stamp.get("files")
    if not isinstance(files, list) or not all((out_dir / str(f)).is_file() for f in files):
        return None
    if stamp.get("calendar") != _digest(out_dir / CALENDAR):
        return None
    rows = stamp.get("findings")
    findings = [_finding(r) for r in rows] if isinstance(rows, list) else []
    entries = stamp.get("entries")
    return ClientOutcome(
        str(stamp.get("client")),
        "unchanged",
        out_dir,
        entries if isinstance(entries, int) else 0,
        findings,
    )


def _stamp_bytes(strategy: Strategy, key: str, outputs: Outputs) -> bytes:
    """What the outputs were made from, and what the run found; published with them."""
    stamp = {
        "client": strategy.client,
        "key": key,
        "entries": len(outputs.entries),
        "files": sorted(outputs.files),
        "calendar": hashlib.sha256(outputs.files[CALENDAR]).hexdigest(),
        "findings": [f.as_row() for f in outputs.findings],
    }
    return (json.dumps(stamp, indent=1, ensure_ascii=False) + "\n").encode()


@dataclass(frozen=True)
class Planned:
    """One client's files, ready to publish: what a planning process sends back."""

    client: str
    out_dir: Path
    entries: int
    findings: list[Finding]
    #: Every output file, the stamp included.
    files: dict[str, bytes]


def prepare_client(
    strategy_path: Path,
    out_root: Path,
    as_of: date | None = None,
    *,
    use_cache: bool = True,
    clock: datetime | None = None,
) -> ClientOutcome | Planned:
    """Read, plan and check one client without writing: the part that may run away.

    Returns the earlier outcome when nothing changed. Input errors propagate. ``clock`` is
    the run's time (default: :func:`flows.revising.run_clock`), read by the caller when
    this runs in a child process, whose environment may be older than the run's.
    """
    strategy = read_strategy(strategy_path)
    out_dir = out_root / strategy.client
    overrides = read_overrides(strategy, strategy_path)
    log_path = strategy_path.parent / ACTIVITY_FILE
    activity_path = log_path if log_path.is_file() else None
    day = as_of or today_in(strategy)
    key = cache_key(strategy_path, overrides, activity_path, day, strategy.people.digest)
    if use_cache and (earlier := _unchanged(key, out_dir)) is not None:
        return earlier
    log = read_activity(activity_path, strategy) if activity_path else None
    outputs = build(
        strategy,
        overrides,
        log=log,
        as_of=day,
        earlier_feeds=existing_channel_feeds(out_dir),
        revised_at=revision_moment(strategy, clock or run_clock()),
        earlier=earlier_revisions(out_dir),
    )
    refuse_empty(strategy, strategy_path, len(outputs.entries), out_dir)
    files = {**outputs.files, STAMP: _stamp_bytes(strategy, key, outputs)}
    return Planned(strategy.client, out_dir, len(outputs.entries), outputs.findings, files)


def refuse_empty(strategy: Strategy, strategy_path: Path, entries: int, out_dir: Path) -> None:
    """A plan without a single entry is never published over a calendar people subscribe to."""
    if entries:
        return
    raise StrategyError(
        [
            Problem(
                str(strategy_path),
                "start",
                None,
                f"the plan from {strategy.start} to {strategy.last_day} has no entries, so "
                f"nothing was written and {out_dir} keeps what it had; check start, end, "
                "months, the channels and the blackouts",
            )
        ]
    )


def run_client(
    strategy_path: Path,
    out_root: Path,
    as_of: date | None = None,
    *,
    use_cache: bool = True,
    timeout: float | None = None,
    workers: Workers | None = None,
) -> ClientOutcome:
    """Plan and check one client into ``out_root/<client>``; input errors propagate.

    With ``timeout``, the planning runs in another process that is stopped after that many
    seconds: one of ``workers`` (:mod:`flows.workers`), or a child of its own
    (:mod:`flows.isolation`). The files are published here, as one generation.
    """
    args = (strategy_path.absolute(), out_root.absolute(), as_of, use_cache, run_clock())
    what = f"planning {strategy_path}"
    if timeout is None:
        prepared = _prepare(*args)
    elif workers is not None:
        prepared = workers.run(_prepare, args, timeout=timeout, what=what)
    else:
        prepared = in_child(_prepare, args, timeout=timeout, what=what)
    if isinstance(prepared, ClientOutcome):
        return replace(prepared, out_dir=out_root / prepared.client)
    out_dir = out_root / prepared.client
    write_outputs(prepared.files, out_dir)
    return ClientOutcome(prepared.client, "planned", out_dir, prepared.entries, prepared.findings)


def build_in_child(  # noqa: PLR0913 - build's own arguments, plus the limit and a name
    strategy: Strategy,
    overrides: Mapping[str, str] | None = None,
    *,
    log: Sequence[LoggedActivity] | None = None,
    as_of: date | None = None,
    earlier_feeds: Iterable[str] = (),
    revised_at: datetime,
    earlier: Revisions | None = None,
    timeout: float | None = None,
    what: str,
) -> Outputs:
    """:func:`dialogplan.pipeline.build` in a child process, stopped after ``timeout`` seconds.

    ``timeout`` defaults to :func:`flows.isolation.time_limit`; ``what`` names the work
    in the message when it runs out of time.
    """
    work = partial(
        build,
        strategy,
        overrides,
        log=log,
        as_of=as_of,
        earlier_feeds=tuple(earlier_feeds),
        revised_at=revised_at,
        earlier=earlier,
    )
    return in_child(work, (), timeout=time_limit(timeout), what=what)


def _prepare(
    strategy_path: Path,
    out_root: Path,
    as_of: date | None,
    use_cache: bool,  # noqa: FBT001 - positional, as a child process passes arguments
    clock: datetime,
) -> ClientOutcome | Planned:
    """:func:`prepare_client` with positional arguments, for a child process."""
    return prepare_client(strategy_path, out_root, as_of, use_cache=use_cache, clock=clock)
