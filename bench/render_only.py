"""Rendering alone: ``dialogplan.render.render`` on prepared entries, timed and dumped.

Run from the project folder, with the code to measure first on ``PYTHONPATH``::

    python bench/render_only.py --clients 10 --repeat 3           # CPU ms per entry
    python bench/render_only.py --dump /tmp/prompts.txt           # every title and prompt
    python bench/render_only.py --profile /tmp/render.prof        # cProfile of one pass

Strategies, templates and schedules are read and planned once, outside the timing: only
the stage that turns entries into prompts is measured. The workload is the synthetic
agency of :mod:`synthetic` plus the examples in ``plans/``, so a change is held against
both. The figure is CPU time, which other work on a shared machine disturbs less than wall
time. Comparing two dumps shows whether a change altered any prompt.
"""

from __future__ import annotations

import argparse
import cProfile
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import synthetic

from dialogplan.entry import Entry, RenderedCalendar
from dialogplan.people_plan import name_people
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from flows.files import read_overrides, read_strategy

Case = tuple[str, Strategy, Mapping[str, str], Sequence[Entry]]


def cases(root: Path, clients: int, seed: int) -> list[Case]:
    """The synthetic agency's clients and the examples, each ready to render."""
    paths = synthetic.write_agency(root, clients, seed=seed)
    paths += sorted(Path("plans").glob("*/strategy.yaml"))
    found: list[Case] = []
    for path in paths:
        strategy = read_strategy(path)
        entries = name_people(strategy, schedule_work(strategy))
        found.append((path.parent.name, strategy, read_overrides(strategy, path), entries))
    return found


def render_all(prepared: list[Case]) -> list[RenderedCalendar]:
    """Every case's rendered calendar."""
    return [render(strategy, entries, overrides) for _, strategy, overrides, entries in prepared]


def dump(prepared: list[Case], path: Path) -> None:
    """Every rendered entry's title and prompt, case by case, for a byte comparison."""
    with path.open("w", encoding="utf-8") as out:
        for (name, *_), calendar in zip(prepared, render_all(prepared), strict=True):
            for entry in calendar:
                out.write(f"## {name} {entry.uid} {entry.invites!r} {entry.url!r}\n")
                out.write(f"{entry.title}\n{entry.prompt}\n")


def main() -> None:
    """Time rendering, or dump or profile it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        prepared = cases(Path(folder), args.clients, args.seed)
    render_all(prepared)  # warm-up: templates compiled
    if args.dump:
        dump(prepared, args.dump)
        return
    if args.profile:
        cProfile.runctx("render_all(prepared)", globals(), locals(), str(args.profile))
        return
    count = sum(len(entries) for *_, entries in prepared)
    for _ in range(args.repeat):
        start, cpu = time.perf_counter(), time.process_time()
        render_all(prepared)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"{cpu * 1000 / count:.3f} ms/entry of CPU ({count} entries, {seconds:.2f} s wall)")


if __name__ == "__main__":
    main()
