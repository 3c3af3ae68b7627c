"""The core's figures: ``run_client`` in this process, without Prefect, stage by stage.

The stages are timed by wrapping the functions ``flows.job.run_client`` and
``dialogplan.pipeline.build`` call, where they look them up; *icalendar* is the least an
iCalendar export of the same entries costs with that library.
"""

from __future__ import annotations

import importlib
import multiprocessing
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any, ParamSpec, TypeVar

import synthetic
from icalendar import Calendar, Event

from dialogplan.entry import RenderedCalendar

P = ParamSpec("P")
R = TypeVar("R")

STAGES = ("parse", "schedule", "render", "check", "ical", "csv", "report")
#: DTSTAMP for the icalendar yardstick: a UTC time, as the exports write it.
STAMP = datetime(2027, 1, 1, tzinfo=UTC)


@dataclass
class CoreRun:
    """The core's figures for one agency: totals in seconds over all its clients."""

    clients: int
    months: int
    #: Channels per client; 0: one to five, as a real agency has them.
    channels: int = 0
    events: int = 0
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    job: float = 0.0
    icalendar: float = 0.0

    @property
    def core(self) -> float:
        """Seconds of pure planning work: every stage, no cache key, no writing."""
        return sum(self.stages.values())

    def per_quarter(self, seconds: float) -> float:
        """Milliseconds per client-quarter."""
        return seconds * 1000 / self.clients / (self.months / 3)


class Stages:
    """Times the functions ``run_client`` calls, by patching them where it looks them up."""

    #: (module, attribute, stage): the names run_client and pipeline.build resolve.
    PATCHES = (
        ("flows.job", "read_strategy", "parse"),
        ("flows.job", "read_overrides", "parse"),
        ("flows.job", "read_activity", "parse"),
        ("dialogplan.pipeline", "schedule_work", "schedule"),
        ("dialogplan.pipeline", "name_people", "schedule"),
        ("dialogplan.pipeline", "render", "render"),
        ("dialogplan.pipeline", "check_plan", "check"),
        ("dialogplan.pipeline", "compare", "check"),
        ("dialogplan.pipeline", "check_people", "check"),
        ("dialogplan.pipeline", "calendar_files", "ical"),
        ("dialogplan.pipeline", "empty_feeds", "ical"),
        ("dialogplan.pipeline", "calendar_csv", "csv"),
        ("dialogplan.pipeline", "google_csv", "csv"),
        ("dialogplan.pipeline", "summarize", "report"),
        ("dialogplan.pipeline", "report_files", "report"),
    )

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(STAGES, 0.0)
        self.calendar: RenderedCalendar | None = None

    def _timed(self, stage: str, fn: Callable[P, R]) -> Callable[P, R]:
        def timed(*args: P.args, **kwargs: P.kwargs) -> R:
            start = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - start
            if stage == "render" and isinstance(result, tuple):
                self.calendar = result
            return result

        return timed

    @contextmanager
    def patched(self) -> Iterator[None]:
        """Timers around the stage functions for as long as the block runs."""
        saved: list[tuple[ModuleType, str, Any]] = []
        try:
            for module_name, name, stage in self.PATCHES:
                module = importlib.import_module(module_name)
                original = getattr(module, name)  # fails loudly when run_client changes
                saved.append((module, name, original))
                setattr(module, name, self._timed(stage, original))
            yield
        finally:
            for module, name, original in saved:
                setattr(module, name, original)


def icalendar_alone(calendar: RenderedCalendar) -> float:
    """Seconds icalendar needs to build and serialise the calendar's events, nothing else."""
    stamp = STAMP
    begin = time.perf_counter()
    cal = Calendar()
    cal.add("prodid", "-//dialogplan bench//EN")
    cal.add("version", "2.0")
    for entry in calendar:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end)
        event.add("summary", entry.title)
        event.add("description", entry.prompt)
        event.add("categories", [entry.channel, entry.move])
        cal.add_component(event)
    cal.to_ical()
    return time.perf_counter() - begin


def _compile_templates() -> None:
    """Compile every built-in template once, as a process that has planned before has.

    The warm-up client plans in one language; the other language's templates would
    otherwise be compiled inside the first measured client of that language.
    """
    from dialogplan.prompt_templates import environment

    env = environment()
    for name in env.list_templates(filter_func=lambda name: name.startswith(("de/", "en/"))):
        env.get_template(name)


def measure_core(
    paths: list[Path], months: int, out_root: Path, warm_up: Path, channels: int = 0
) -> CoreRun:
    """Plan every client in this process, as ``plan-all`` would, stage by stage."""
    from flows.job import run_client

    run = CoreRun(len(paths), months, channels)
    stages = Stages()
    _compile_templates()
    with stages.patched():
        run_client(warm_up, out_root / "warm-up", synthetic.AS_OF, use_cache=False)
        stages.seconds = dict.fromkeys(STAGES, 0.0)
        for path in paths:
            stages.calendar = None
            start = time.perf_counter()
            run_client(path, out_root, synthetic.AS_OF, use_cache=False)
            run.job += time.perf_counter() - start
            if stages.calendar is not None:
                run.events += len(stages.calendar)
                run.icalendar += icalendar_alone(stages.calendar)
    run.stages = stages.seconds
    return run


def measure_pool(paths: list[Path], out_root: Path, cores: int) -> float:
    """Wall seconds for the same jobs in a plain process pool: the process runners' yardstick."""
    from flows.job import run_client

    job = partial(run_client, out_root=out_root, as_of=synthetic.AS_OF, use_cache=False)
    start = time.perf_counter()
    context = multiprocessing.get_context("spawn")  # as Prefect's process pool starts workers
    with ProcessPoolExecutor(max_workers=cores, mp_context=context) as pool:
        for _ in pool.map(job, paths):
            pass
    return time.perf_counter() - start
