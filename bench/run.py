"""How fast dialogplan plans an agency's clients, alone and through Prefect.

Run from the project folder::

    python bench/run.py                          # everything: about 15 minutes on 2 cores
    python bench/run.py --sizes 10,100 --skip-prefect     # the core only, in a minute
    python bench/run.py --json bench.json        # the table, and every figure as JSON

Options:

``--sizes 10,100,1000``
    how many synthetic clients (3-month plans) to plan; one agency folder per size
``--horizons 3,6,12``
    plan lengths in months for the core table; horizons other than 3 months run with
    ``--horizon-clients`` clients (default 100, at most the largest size)
``--channels 1,4,14``
    channels per client for the channel curve, with ``--horizon-clients`` clients over
    3 months and 2 hours a week per channel, so the work grows with the channels
``--skip-prefect``
    measure the core only, without ``plan-all`` through Prefect
``--runners workers,threads,processes,processes-shared``
    the ``plan-all`` configurations: ``workers`` (the default: tasks in threads, planning in
    warm worker processes), ``threads`` (tasks in threads, each client in a fresh child:
    ``DIALOGPLAN_WORKERS=0``) and ``processes`` (``DIALOGPLAN_TASK_RUNNER=processes``), on
    the temporary server, and ``processes-shared``: processes with one server started first
    and handed to the workers through ``PREFECT_API_URL`` (see below)
``--concurrency 4``
    ``plan-all``'s bound on clients in flight; ``--cores`` (default: all) is the number of
    worker processes the core is measured on for the process runners
``--workdir DIR``
    where agencies, outputs and the Prefect database go (default: a temporary folder,
    removed afterwards unless ``--keep``)
``--json PATH``
    also write every figure as JSON

What is measured
----------------

The workload is :mod:`synthetic`: N invented clients with one to five channels, German and
English, a dozen time zones and holiday regions, some with their own templates or an
activity log. The same seed gives the same clients on every run.

*core*, per client-quarter
    ``flows.job.run_client`` in this process, without Prefect, split into stages by
    timing the functions it and ``dialogplan.pipeline.build`` call: ``parse`` (read and
    validate the strategy, templates and activity log), ``schedule``, ``render`` (Jinja
    prompts), ``check`` (plan checks and the reality check), ``ical`` (``calendar.ics``, the
    channel feeds and empty feeds of dropped channels), ``csv`` (both CSV files), ``report``
    (summary, ``report.md`` and ``report.html``). *core* is the sum of
    these; *job* adds what is left of ``run_client``: the cache key, and writing the files
    and the stamp. Figures are per client divided by quarters (months / 3). One client is
    planned first to warm up (templates compiled, holiday tables loaded) and not counted.
*icalendar*
    the time icalendar alone needs for the same events: for each calendar entry an
    ``Event`` with UID, DTSTAMP, DTSTART and DTEND (time zone aware), SUMMARY, DESCRIPTION
    and CATEGORIES added to one ``Calendar``, then ``Calendar.to_ical()``: the least any
    iCalendar export of these entries costs with that library. *core/ical* is the ratio.
*plan-all wall*
    ``flows.plan_all.plan_all`` on a fresh output folder with ``use_cache=False``, run in a
    subprocess per configuration (the task runner is chosen when ``flows.plan_all`` is
    imported), timed around the call; it includes starting the temporary server (for
    ``processes-shared``: starting the one server). Every run gets a fresh copy of a Prefect
    database that a one-client run created first: a database grown by earlier runs slows
    the server down.
*× pool*
    plan-all wall / the same jobs without Prefect on the same number of cores: the wall time
    of a plain ``ProcessPoolExecutor`` with ``--cores`` workers running ``run_client`` on
    the same clients, worker start-up included, as Prefect's workers pay it too. The
    temporary server's start is part of plan-all's wall; the one-client run that creates
    the database shows about what it costs.
*curves*
    the core's cost per unit along each axis: per client-quarter as clients and the
    horizon grow, per channel as channels grow; beside it the floor (icalendar's own
    serialisation of the same events) per unit, and the cost per calendar entry. A cost
    per entry more than ``BEND`` times the previous point's is flagged: that curve bends
    upwards. *job/core* is judged on the agencies with one to five channels.
*peak memory*
    the largest sum of resident memory (``/proc``, sampled every 0.1 s) of the plan-all
    process and its worker processes; the Prefect server processes are shown apart, as a
    deployment runs them on their own. ``ru_maxrss`` of the flow process is shown too, and
    the CPU seconds the work processes (flow process and workers) and the servers used.

``processes`` on the temporary server: Prefect 3.8 does not hand the temporary server's
address to its worker processes, so every worker starts a temporary server of its own and
records its task runs there. ``processes-shared`` shows what handing the address over gives.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import synthetic
from in_process import STAGES, CoreRun, measure_core, measure_pool
from through_prefect import RUNNERS, PrefectRun, child_plan_all, run_plan_all

#: The plan length, in months, of every agency but the horizon comparison's.
QUARTER = 3
#: The agency size the issue's targets for plan-all are set for.
TARGET_CLIENTS = 1000
#: Targets from the issue, on a 2-core machine.
TARGET_ICAL_RATIO = 1.2
TARGET_WALL_1000 = 120.0
TARGET_POOL_RATIO = 1.15
TARGET_MEMORY_MB = 500.0
TARGET_JOB_RATIO = 1.2
#: A per-unit cost this many times the previous point's: the curve bends upwards.
BEND = 1.25


def agency(workdir: Path, clients: int, months: int, seed: int, channels: int = 0) -> Path:
    """The folder of a synthetic agency, written once per run."""
    folder = workdir / f"agency-{months}m-{clients}{f'-{channels}ch' if channels else ''}"
    if not folder.is_dir():
        synthetic.write_agency(folder, clients, months, seed, channels or None)
    return folder


def _ints(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def _names(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = sorted(set(names) - set(RUNNERS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown runners {unknown}; use {', '.join(RUNNERS)}")
    return names


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=_ints, default=[10, 100, 1000])
    parser.add_argument("--horizons", type=_ints, default=[3, 6, 12])
    parser.add_argument("--horizon-clients", type=int, default=100)
    parser.add_argument("--channels", type=_ints, default=[1, 4, 14])
    parser.add_argument("--skip-prefect", action="store_true")
    parser.add_argument(
        "--skip-core", action="store_true", help="plan-all against the pool only: no core table"
    )
    parser.add_argument(
        "--before",
        type=Path,
        metavar="SRC",
        help="also run plan-all with the dialogplan code of another tree (flows, dialogplan, "
        "templates), as runner '<runner>-before', in the same run",
    )
    parser.add_argument("--runners", type=_names, default=list(RUNNERS))
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", nargs=3, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--shared-server", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def core_table(runs: list[CoreRun]) -> list[str]:
    """The core's figures as text, one line per agency."""
    head = f"{'months':>6} {'clients':>7} {'chan':>4} {'events':>6} "
    head += " ".join(f"{s:>8}" for s in STAGES)
    head += f" {'core':>7} {'job':>7} {'job/core':>8} {'icalendar':>9} {'core/ical':>9}"
    lines = [
        "Core in-process, ms per client-quarter (events: per client)",
        head,
        "-" * len(head),
    ]
    for r in runs:
        cells = " ".join(f"{r.per_quarter(r.stages[s]):8.1f}" for s in STAGES)
        lines.append(
            f"{r.months:>6} {r.clients:>7} {r.channels or '1-5':>4} {r.events / r.clients:6.0f}"
            f" {cells} {r.per_quarter(r.core):7.1f} {r.per_quarter(r.job):7.1f}"
            f" {r.job / r.core:8.2f}"
            f" {r.per_quarter(r.icalendar):9.1f} {r.core / r.icalendar:9.2f}"
        )
    return lines


def prefect_table(runs: list[PrefectRun], cores: int) -> list[str]:
    """The plan-all figures as text, one line per size and runner."""
    head = (
        f"{'clients':>7} {'runner':<17} {'wall s':>7} {'pool s':>7} {'× pool':>6} "
        f"{'ms/client':>9} {'failed':>6} {'work MB':>7} {'server MB':>9} {'servers':>7} "
        f"{'maxrss MB':>9} {'work cpu s':>10} {'server cpu s':>12}"
    )
    lines = [
        f"plan-all through Prefect (pool s: the same jobs in a plain process pool of {cores})",
        head,
        "-" * len(head),
    ]
    for r in runs:
        if r.error:
            lines.append(f"{r.clients:>7} {r.runner:<17} {r.error}")
            continue
        lines.append(
            f"{r.clients:>7} {r.runner:<17} {r.wall:7.1f} {r.baseline:7.1f} {r.ratio:6.2f} "
            f"{r.wall * 1000 / r.clients:9.0f} {r.failed:>6} {r.peak_work_mb:7.0f} "
            f"{r.peak_server_mb:9.0f} {r.servers:>7} {r.maxrss_mb:9.0f} {r.cpu_work:10.1f} "
            f"{r.cpu_server:12.1f}"
        )
    return lines


def _curve(title: str, points: list[tuple[str, CoreRun, int]]) -> tuple[list[str], list[str]]:
    """One axis as text, and the points where its cost per entry bends upwards.

    ``points`` are (label, run, units per client-quarter), in the order the axis grows.
    Per unit is what the axis counts; per entry is what a bend is judged on, as the
    entries a unit brings differ along an axis (with the same hours, a client's only
    channel gets fewer entries than each of four).
    """
    head = (
        f"  {'point':>10} {'entries':>7} {'core':>7} {'job':>7} {'floor':>7} "
        f"{'core/floor':>10} {'µs/entry':>8} {'× previous':>10}"
    )
    lines, bends = [title, head], []
    previous = 0.0
    for label, run, units in points:
        core, job, floor = (run.per_quarter(x) / units for x in (run.core, run.job, run.icalendar))
        per_entry = run.core * 1e6 / run.events
        step = per_entry / previous if previous else float("nan")
        flag = "  BENDS UP" if previous and step > BEND else ""
        if flag:
            bends.append(f"{title.partition(':')[0]} at {label}")
        lines.append(
            f"  {label:>10} {run.events / run.clients:7.0f} {core:7.1f} {job:7.1f} {floor:7.1f} "
            f"{run.core / run.icalendar:10.2f} {per_entry:8.0f} {step:10.2f}{flag}"
        )
        previous = per_entry
    return lines, bends


def curves(core: list[CoreRun], curve_clients: int) -> tuple[list[str], list[str]]:
    """The three axes: clients, horizon and channels, each with the floor beside it."""
    mixed = [r for r in core if not r.channels]
    axes = [
        (
            "clients: ms per client-quarter",
            [(f"{r.clients}", r, 1) for r in mixed if r.months == QUARTER],
        ),
        (
            f"horizon: ms per client-quarter ({curve_clients} clients)",
            [(f"{r.months} months", r, 1) for r in mixed if r.clients == curve_clients],
        ),
        (
            f"channels: ms per channel and client-quarter ({curve_clients} clients)",
            [(f"{r.channels}", r, r.channels) for r in core if r.channels],
        ),
    ]
    heading = "Curves: ms per unit (floor: icalendar alone), µs per entry; flagged: a cost per"
    lines = [f"{heading} entry above {BEND:g}× the previous point's"]
    bends: list[str] = []
    for title, points in axes:
        if len(points) > 1:
            text, bent = _curve(title, sorted(points, key=lambda p: p[1].clients * p[1].months))
            lines += text
            bends += bent
    return lines, bends


def verdicts(core: list[CoreRun], prefect: list[PrefectRun], bends: list[str]) -> list[str]:
    """Each target of the issue, met or missed, with the figure it is judged on."""
    lines = ["Targets"]
    quarterly = [r for r in core if r.months == QUARTER]
    if quarterly:
        ratio = max(r.core / r.icalendar for r in quarterly)
        mark = "met" if ratio <= TARGET_ICAL_RATIO else "MISSED"
        lines.append(f"  core ≤ {TARGET_ICAL_RATIO:g}× icalendar: worst {ratio:.2f}× – {mark}")
        job = max(r.job / r.core for r in quarterly if not r.channels)
        mark = "met" if job <= TARGET_JOB_RATIO else "MISSED"
        lines.append(
            f"  one client's job ≤ {TARGET_JOB_RATIO:g}× the core: worst {job:.2f}× – {mark}"
        )
    lines.append(f"  no curve bends upwards – {'MISSED: ' + ', '.join(bends) if bends else 'met'}")
    for r in prefect:
        if r.clients != TARGET_CLIENTS or r.error:
            continue
        wall = "met" if r.wall < TARGET_WALL_1000 else "MISSED"
        pool = "met" if r.ratio <= TARGET_POOL_RATIO else "MISSED"
        memory = "met" if r.peak_work_mb < TARGET_MEMORY_MB else "MISSED"
        lines.append(
            f"  {r.runner}: 1000 clients {r.wall:.0f} s (< {TARGET_WALL_1000:.0f}) – {wall}; "
            f"{r.ratio:.2f}× the plain pool (≤ {TARGET_POOL_RATIO:g}) – {pool}; "
            f"peak {r.peak_work_mb:.0f} MB (< {TARGET_MEMORY_MB:.0f}, "
            f"+{r.peak_server_mb:.0f} MB server) – {memory}"
        )
    return lines


def _core_plans(args: argparse.Namespace) -> list[tuple[int, int, int]]:
    """(months, clients, channels) of every agency the core is measured on."""
    curve_clients = min(args.horizon_clients, max(args.sizes))
    plans = [(QUARTER, n, 0) for n in args.sizes]
    if curve_clients not in args.sizes and (len(args.horizons) > 1 or args.channels):
        plans.append((QUARTER, curve_clients, 0))
    plans += [(m, curve_clients, 0) for m in args.horizons if m != QUARTER]
    plans += [(QUARTER, curve_clients, c) for c in args.channels]
    return plans


def measure_cores(args: argparse.Namespace, workdir: Path, warm_up: Path) -> list[CoreRun]:
    """The core table's agencies: every size over 3 months, the other horizons, the channels."""
    core: list[CoreRun] = []
    for months, clients, channels in _core_plans(args):
        _say(f"core: {clients} clients, {months} months, {channels or '1-5'} channels")
        folder = agency(workdir, clients, months, args.seed, channels)
        out = workdir / f"out-core-{folder.name}"
        paths = synthetic.strategy_paths(folder)
        core.append(measure_core(paths, months, out, warm_up, channels))
        shutil.rmtree(out, ignore_errors=True)
    return core


def _pool(args: argparse.Namespace, workdir: Path, folder: Path, clients: int) -> float:
    """The plain process pool's wall time for an agency: every runner's yardstick."""
    _say(f"process pool without Prefect: {clients} clients")
    pool_out = workdir / f"out-pool-{clients}"
    pooled = measure_pool(synthetic.strategy_paths(folder), pool_out, args.cores)
    shutil.rmtree(pool_out, ignore_errors=True)
    return pooled


def measure_prefect(args: argparse.Namespace, workdir: Path, warm_up: Path) -> list[PrefectRun]:
    """plan-all for every size and runner, each held against the same jobs without Prefect.

    The pool runs before and after the plan-all runs of a size, and they are held against
    the mean of both: on a shared machine, whatever else loads it then hits both sides.
    """
    _say("plan-all: one client, to create Prefect's database")
    template = workdir / "prefect-home"
    run_plan_all("workers", warm_up.parent.parent, workdir / "out-warm-up", template, 1)
    prefect: list[PrefectRun] = []
    for clients in args.sizes:
        folder = agency(workdir, clients, QUARTER, args.seed)
        first = _pool(args, workdir, folder, clients)
        runs: list[PrefectRun] = []
        for runner in args.runners:
            _say(f"plan-all: {clients} clients, {runner}")
            out = workdir / f"out-{runner}-{clients}"
            # Every run starts from the same small database: a database grown by the
            # runs before would slow the server down and skew the comparison.
            home = workdir / f"prefect-home-{runner}-{clients}"
            for code in (args.before, None) if args.before else (None,):
                shutil.copytree(template, home, dirs_exist_ok=True)
                runs.append(run_plan_all(runner, folder, out, home, args.concurrency, code=code))
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(home, ignore_errors=True)
        pooled = (first + _pool(args, workdir, folder, clients)) / 2
        for run in runs:
            run.baseline = pooled
        prefect += runs
    return prefect


def figures(core: list[CoreRun], prefect: list[PrefectRun]) -> dict[str, Any]:
    """Every figure, for the JSON file."""
    return {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "date": datetime.now().astimezone().date().isoformat(),
        "core": [
            {
                **asdict(r),
                "core": r.core,
                "ms_per_client_quarter": {
                    **{s: r.per_quarter(r.stages[s]) for s in STAGES},
                    "core": r.per_quarter(r.core),
                    "job": r.per_quarter(r.job),
                    "icalendar": r.per_quarter(r.icalendar),
                },
                "core_over_icalendar": r.core / r.icalendar,
            }
            for r in core
        ],
        "plan_all": [{**asdict(r), "ratio": r.ratio} for r in prefect],
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    args = parse_args(argv)
    if args.child:
        plans, out, report = args.child
        child_plan_all(plans, out, report, args.concurrency, shared=args.shared_server)
        return 0

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dialogplan-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        warm_up = synthetic.strategy_paths(agency(workdir, 1, QUARTER, args.seed + 1))[0]
        core = [] if args.skip_core else measure_cores(args, workdir, warm_up)
        prefect = [] if args.skip_prefect else measure_prefect(args, workdir, warm_up)
        curve_lines, bends = curves(core, min(args.horizon_clients, max(args.sizes)))
        lines = [*core_table(core), "", *curve_lines]
        if prefect:
            lines += ["", *prefect_table(prefect, args.cores)]
        lines += ["", *verdicts(core, prefect, bends)]
        print("\n".join(lines))
        if args.json:
            args.json.write_text(json.dumps(figures(core, prefect), indent=1) + "\n")
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
