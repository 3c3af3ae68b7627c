"""Helpers shared by the tests: where the example plans are, how to read and build them."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dialogplan import feeds, pipeline
from dialogplan.assignment import entry_uid
from dialogplan.contacts import parse_contacts
from dialogplan.entry import Entry, RenderedEntry
from dialogplan.moves import MOVES
from dialogplan.strategy import Strategy, parse_strategy

ROOT = Path(__file__).resolve().parent.parent
PLANS = sorted((ROOT / "plans").glob("*/strategy.yaml"))
#: The revision moment of every test that does not look at revisions: before every example.
REVISED_AT = datetime(2026, 12, 1, 9, tzinfo=UTC)


#: The examples' golden calendars, whose prompts regression tests search for struck phrases.
GOLDEN_CALENDARS = sorted((ROOT / "tests" / "golden").glob("*/calendar.csv"))


def struck_phrases_in(calendar: Path, patterns: Sequence[str]) -> list[str]:
    """The patterns (regular expressions) that still occur in a golden calendar."""
    text = calendar.read_text(encoding="utf-8")
    return [pattern for pattern in patterns if re.search(pattern, text)]


def build(strategy: Strategy, *args: Any, **kwargs: Any) -> pipeline.Outputs:
    """:func:`dialogplan.pipeline.build`, revised at :data:`REVISED_AT` unless told otherwise."""
    kwargs.setdefault("revised_at", REVISED_AT)
    return pipeline.build(strategy, *args, **kwargs)


def calendar_files(
    strategy: Strategy, entries: Sequence[RenderedEntry], **kwargs: Any
) -> dict[str, bytes]:
    """:func:`dialogplan.feeds.calendar_files`, revised at :data:`REVISED_AT` unless told."""
    kwargs.setdefault("revised_at", REVISED_AT)
    return feeds.calendar_files(strategy, entries, **kwargs)


def cli_in_fresh_python(*argvs: list[str]) -> str:
    """Run commands in a new interpreter; its stderr ends with their exit codes and whether
    Prefect got imported, as in ``[0, 2] False``.
    """
    code = (
        "import sys\n"
        "from flows.cli import main\n"
        f"codes = [main(argv) for argv in {list(argvs)!r}]\n"
        "print(codes, 'prefect' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stderr


def load_plan(path: Path) -> Strategy:
    """Parse an example strategy the way the CLI does, with its contacts file's people.

    The day the contacts are checked against is not today's: examples plan the same always.
    """
    strategy = parse_strategy(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    if strategy.contacts is None:
        return strategy
    file = path.parent / strategy.contacts
    people = parse_contacts(file.read_bytes(), str(file.relative_to(ROOT)), strategy.keep_in_touch)
    return strategy.with_people(people)


def calendar_entries(
    strategy: Strategy, entries: list[dict[str, Any]], *, rendered: bool = True
) -> tuple[Any, ...]:
    """A calendar shaped like the pipeline's, built by hand from a few entries.

    Each entry needs a ``start`` (local wall time); ``follows`` is the index of an earlier
    entry a reply round goes back to. Everything else gets a plausible default. With
    ``rendered``, the entries also have the ``title`` and ``prompt`` the renderer adds.
    """
    counts: Counter[tuple[str, str]] = Counter()
    per_day: Counter[tuple[str, date, str]] = Counter()
    uids: list[str] = []
    built: list[Entry] = []
    for n, entry in enumerate(entries):
        channel = entry.get("channel", next(iter(strategy.channels)))
        move = entry.get("move", "ask")
        start = _local(entry["start"], strategy.zone)
        minutes = entry.get("minutes", MOVES[move].minutes)
        day = start.date()
        per_day[(channel, day, move)] += 1
        n_move = per_day[(channel, day, move)]
        uids.append(entry.get("uid", entry_uid(strategy.client, channel, day, move, n_move)))
        groups = strategy.group_names(channel)
        follows = uids[entry["follows"]] if "follows" in entry else entry.get("follows_up", "")
        announce = strategy.events[0].title if move == "announce" and strategy.events else ""
        fields: dict[str, Any] = {
            "uid": uids[-1],
            "start": start,
            "end": start + timedelta(minutes=minutes),
            "channel": channel,
            "move": move,
            "goal": entry.get("goal", strategy.goals[0].id),
            "topic": entry.get("topic", strategy.topic_titles[0]),
            "minutes": minutes,
            "follows_up": follows,
            "group": entry.get("group", groups[0] if groups else ""),
            "announce": announce,
            "seq": entry.get("seq", counts[(channel, move)]),
            "warm_up": entry.get("warm_up", False),
        }
        counts[(channel, move)] += 1
        if rendered:
            title = entry.get("title", f"Frage {n}")
            prompt = entry.get("prompt", "Frag dein Netzwerk, wie es Einkäufe transportiert.")
            built.append(RenderedEntry(**fields, title=title, prompt=prompt))
        else:
            built.append(Entry(**fields))
    return tuple(sorted(built, key=lambda e: (e.start, e.channel)))


def _local(value: Any, zone: ZoneInfo) -> datetime:
    """A wall time in the plan's zone from a string or a naive or aware datetime."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def asked_and_followed(
    follow: str,
    count: int,
    every: int,
    *,
    post: str = "ask",
    channel: str = "instagram",
    topic: str | None = None,
) -> list[dict[str, Any]]:
    """Rows for :func:`tests.test_render.entries`: ``count`` own ``post`` entries on
    ``channel`` in March, ``every`` days apart, each followed the next day by a ``follow``
    round on it; both on ``topic`` where one is given."""
    on = {} if topic is None else {"topic": topic}
    return [
        row
        for n in range(count)
        for row in (
            {"channel": channel, "move": post, "start": f"2027-03-{every * n + 1:02d} 08:00", **on},
            {"channel": channel, "move": follow,
             "start": f"2027-03-{every * n + 2:02d} 08:00", "follows": 2 * n, **on},
        )
    ]  # fmt: skip
