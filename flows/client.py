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
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pandas as pd

import dialogplan
from dialogplan.activity import ActivityCheck, compare
from dialogplan.catalogue import catalogue
from dialogplan.checks import check_plan
from dialogplan.findings import Finding, Severity, sort_findings
from dialogplan.ical import calendar_files
from dialogplan.pipeline import build_calendar, export
from dialogplan.render import template_dir
from dialogplan.report import report_files
from dialogplan.strategy import ChannelPlan, Strategy
from dialogplan.summary import summarize
from flows.files import (
    CHANNELS_DIR,
    existing_channel_feeds,
    read_activity,
    read_overrides,
    read_strategy,
    write_file,
    write_outputs,
)

#: The stamp that remembers what an output folder was made from.
STAMP = ".dialogplan.json"
#: A client's own activity log, next to its strategy, picked up by the reality check.
ACTIVITY_FILE = "activity.csv"


def today_in(strategy: Strategy) -> date:
    """Today where the team works: a weekly check in Sydney must not run on yesterday."""
    return datetime.now(strategy.zone).date()


def empty_feeds(
    strategy: Strategy, calendar: pd.DataFrame, channels: Iterable[str]
) -> dict[str, bytes]:
    """Calendars without events for channels the strategy no longer plans.

    A subscribed feed is a full snapshot, so an empty one makes the dropped channel's entries
    disappear on the next refresh; a missing file is an error to calendar apps, and some keep
    showing the last copy they fetched.
    """
    names = sorted(channels)
    if not names:
        return {}
    dropped = strategy.model_copy(update={"channels": {name: ChannelPlan() for name in names}})
    feeds = calendar_files(dropped, calendar.iloc[:0])
    return {name: data for name, data in feeds.items() if name.startswith(f"{CHANNELS_DIR}/")}


def retired_channels(strategy: Strategy, out_dir: Path) -> list[str]:
    """Channels with a feed from an earlier run that the strategy no longer plans."""
    # Only feeds of known channels: anything else in the folder is not ours to replace.
    known = set(catalogue())
    return sorted((existing_channel_feeds(out_dir) & known) - set(strategy.channels))


def client_files(
    strategy: Strategy,
    calendar: pd.DataFrame,
    findings: list[Finding],
    activity: ActivityCheck | None,
    out_dir: Path,
) -> tuple[dict[str, bytes], list[str]]:
    """Every output file's bytes, and the dropped channels whose feeds are now empty."""
    files = export(strategy, calendar)
    summary = summarize(calendar, strategy)
    files.update(report_files(strategy, calendar, findings, summary, activity))
    retired = retired_channels(strategy, out_dir)
    files.update(empty_feeds(strategy, calendar, retired))
    return dict(sorted(files.items())), retired


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
    strategy_path: Path, overrides: dict[str, str], activity: Path | None, as_of: date | None
) -> str:
    """A digest of everything a client's outputs are made from."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(strategy_path.read_bytes())
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
        return sum(f.severity == severity for f in self.findings)


def _stamp(out_dir: Path) -> dict[str, object] | None:
    try:
        data = json.loads((out_dir / STAMP).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


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
    """The earlier outcome, if the outputs were made from exactly the same inputs."""
    stamp = _stamp(out_dir)
    if stamp is None or stamp.get("key") != key:
        return None
    files = stamp.get("files")
    if not isinstance(files, list) or not all((out_dir / str(f)).is_file() for f in files):
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


def run_client(
    strategy_path: Path, out_root: Path, as_of: date | None = None, use_cache: bool = True
) -> ClientOutcome:
    """Plan and check one client into ``out_root/<client>``; input errors propagate."""
    strategy = read_strategy(strategy_path)
    out_dir = out_root / strategy.client
    overrides = read_overrides(strategy, strategy_path)
    log_path = strategy_path.parent / ACTIVITY_FILE
    activity_path = log_path if log_path.is_file() else None
    day = as_of or today_in(strategy)
    key = cache_key(strategy_path, overrides, activity_path, day)
    if use_cache and (earlier := _unchanged(key, out_dir)) is not None:
        return earlier

    log = read_activity(activity_path, strategy) if activity_path else None
    calendar = build_calendar(strategy, overrides)
    findings = check_plan(strategy, calendar)
    activity = compare(strategy, calendar, log, day) if log is not None else None
    if activity is not None:
        findings = sort_findings([*findings, *activity.findings])
    files, _ = client_files(strategy, calendar, findings, activity, out_dir)
    write_outputs(files, out_dir)
    stamp = {
        "client": strategy.client,
        "key": key,
        "entries": len(calendar),
        "files": sorted(files),
        "findings": [f.as_row() for f in findings],
    }
    write_file(out_dir / STAMP, (json.dumps(stamp, indent=1, ensure_ascii=False) + "\n").encode())
    return ClientOutcome(strategy.client, "planned", out_dir, len(calendar), findings)
