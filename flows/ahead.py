"""A plan's inputs, and its planning started before Prefect has loaded, so the two overlap.

``dialogplan plan`` spends about a second loading Prefect and starting its flow run, and
about as long planning. On two cores both can happen at once: once the strategy has been
checked, the command reads what the flow's ``load`` stage reads and forks the planning
process at once, from the command's own process (everything the planner needs is imported
by then, so the child starts working at once, with nothing to import). The flow's ``load``
task then hands on what was read, and its ``build`` task collects the child's answer, with
the same time limit, counted from the child's start.

A fork is only safe while no other thread runs, so the head start is taken in a command's
process before Prefect (or anything else) starts a thread, and only there; everywhere else
(tests, a server, a flow run called from Python) the flow reads and plans itself, as it
did before. A calendar left in the output folder that cannot be read also leaves the work
to the flow, which says so in the run's log.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from dialogplan.errors import InputError
from dialogplan.pipeline import Outputs, build
from dialogplan.revisions import CalendarReadError, Revision, read_revisions
from dialogplan.strategy import Strategy
from flows.files import existing_channel_feeds, read_overrides, read_strategy
from flows.isolation import Running, time_limit
from flows.revising import CALENDAR, earlier_revisions, revised_at

__all__ = [
    "HeadStart",
    "Loaded",
    "head_start",
    "load_inputs",
    "planning_ahead",
    "started_for",
]


@dataclass(frozen=True)
class Loaded:
    """A validated strategy, the team's own templates, and what the output folder holds."""

    strategy: Strategy
    overrides: dict[str, str]
    out_dir: Path
    #: Channel feeds an earlier run left in the output folder.
    earlier_feeds: frozenset[str]
    #: The events of the calendar an earlier run left there, by UID.
    earlier: dict[str, Revision]
    #: The moment new and changed entries are stamped with.
    revised_at: datetime


def load_inputs(strategy_path: Path, out_dir: Path | None) -> Loaded:
    """Read and validate the strategy, the team's templates and what the output folder holds.

    ``out_dir`` defaults to ``out/<client>`` below the current directory. A calendar there
    that cannot be read counts as absent, with a warning in the run's log.
    """
    strategy = read_strategy(strategy_path)
    target = _target(strategy, out_dir)
    return _loaded(strategy, strategy_path, target, earlier_revisions(target))


def _target(strategy: Strategy, out_dir: Path | None) -> Path:
    return out_dir if out_dir is not None else Path("out") / strategy.client


def _loaded(
    strategy: Strategy, strategy_path: Path, target: Path, earlier: dict[str, Revision]
) -> Loaded:
    overrides = read_overrides(strategy, strategy_path)
    feeds = frozenset(existing_channel_feeds(target))
    return Loaded(strategy, overrides, target, feeds, earlier, revised_at(strategy))


@dataclass(frozen=True)
class HeadStart:
    """What a command read for the flow, and the planning process already working on it."""

    strategy_path: Path
    out_dir: Path | None
    loaded: Loaded
    planning: Running[Outputs]
    #: The time limit the planning runs under, counted from its start.
    limit: float

    def outputs(self, what: str) -> Outputs:
        """The planned outputs (or the planner's own error, raised here)."""
        return self.planning.result(self.limit, what)


_STARTED: list[HeadStart] = []


def head_start(strategy_path: Path, out_dir: Path | None) -> HeadStart | None:
    """The head start this process took for exactly these arguments, if any."""
    for started in _STARTED:
        if started.strategy_path == strategy_path and started.out_dir == out_dir:
            return started
    return None


def started_for(loaded: Loaded) -> HeadStart | None:
    """The head start planning from exactly these inputs (the same object), if any."""
    for started in _STARTED:
        if started.loaded is loaded:
            return started
    return None


@contextlib.contextmanager
def planning_ahead(strategy_path: Path, out_dir: Path | None, strategy: Strategy) -> Iterator[bool]:
    """Start planning ``strategy`` in a forked child now, for the flow run to collect.

    Yields whether it started; it does not where a fork is not safe or not available, or
    when the inputs need the flow's own account (a calendar that cannot be read, a wrong
    time limit or clock setting). On leaving, a planning process nobody collected is killed.
    """
    started = _start(strategy_path, out_dir, strategy)
    if started is None:
        yield False
        return
    _STARTED.append(started)
    try:
        yield True
    finally:
        _STARTED.remove(started)
        started.planning.stop()


def _start(strategy_path: Path, out_dir: Path | None, strategy: Strategy) -> HeadStart | None:
    if not _fork_is_safe():
        return None
    target = _target(strategy, out_dir)
    try:
        earlier = read_revisions((target / CALENDAR).read_bytes())
    except FileNotFoundError:
        earlier = {}
    except (OSError, CalendarReadError):
        return None  # the flow reads it again and tells the run's log why it is ignored
    try:
        limit = time_limit()
        loaded = _loaded(strategy, strategy_path, target, earlier)
    except InputError:
        return None  # the flow reports it, as it always has
    work = partial(
        build,
        loaded.strategy,
        loaded.overrides,
        earlier_feeds=tuple(loaded.earlier_feeds),
        revised_at=loaded.revised_at,
        earlier=loaded.earlier,
    )
    # What the child inherits is frozen, so that neither process's collections touch (and
    # so copy) the pages they share; the collector's own advice for a fork.
    gc.freeze()
    planning: Running[Outputs] = Running(work, (), multiprocessing.get_context("fork"))
    return HeadStart(strategy_path, out_dir, loaded, planning, limit)


def _fork_is_safe() -> bool:
    """A fork copies one thread: only safe while there is just one, on Linux."""
    return (
        sys.platform.startswith("linux")
        and threading.active_count() == 1
        and not multiprocessing.current_process().daemon
    )
