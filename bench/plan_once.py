"""How long one ``dialogplan plan`` takes: warm, cold and on a temporary server, against the floor.

Run from the project folder (about two minutes on 2 cores)::

    python bench/plan_once.py                      # 3 rounds on the coach's example
    python bench/plan_once.py --rounds 5 --plan plans/harbourline-advisory/strategy.yaml
    python bench/plan_once.py --json plan_once.json

Every figure is the wall time of a fresh process, the median of ``--rounds`` runs. The rounds
interleave the kinds of run, so that whatever else loads the machine hits them alike; the
ratios are taken against the floor measured in the same run:

*floor*
    a fresh interpreter that imports the command line (``flows.cli``) and runs the core
    in-process (read, plan, render, check, export: ``dialogplan.pipeline.build``), as
    ``dialogplan prompts`` does: what ``plan`` costs without Prefect;
*imports*
    a fresh interpreter that only imports ``flows.cli``;
*warm*
    ``dialogplan plan`` with dialogplan's background Prefect server running;
*cold*
    the same with no server running (it is stopped before the run; its database exists),
    so the command starts the background server and waits for it;
*first*
    the very first cold run, which also creates the database (one run);
*temporary*
    ``DIALOGPLAN_SERVER=temporary``: a temporary server started and stopped by the command,
    as every ``plan`` without ``PREFECT_API_URL`` worked before the background server.

Each kind of run gets a Prefect home of its own in a temporary folder, and the background
server takes a free port; it is stopped at the end. Target (issue 12): warm ≤ 1.5 × floor.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIALOGPLAN = Path(sys.executable).parent / "dialogplan"
TARGET_WARM = 1.5
KINDS = ("floor", "imports", "warm", "cold", "temporary")
EXAMPLE = Path("plans/wolkenwerk-coaching/strategy.yaml")

FLOOR = """
import sys
from pathlib import Path
import flows.cli
from dialogplan.pipeline import build
from flows.files import read_strategy
build(read_strategy(Path(sys.argv[1])))
"""


def _environment(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PREFECT_API_URL", "DIALOGPLAN_SERVER"}}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        DIALOGPLAN_SERVER_PORT="0",
        **extra,
    )
    return env


def _timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one run, which must succeed."""
    began = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - began
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return wall


class Runs:
    """The commands of each kind, in their own Prefect homes below ``work``."""

    def __init__(self, work: Path, plan: Path) -> None:
        self.work, self.plan = work, plan
        self.homes = {kind: work / f"home-{kind}" for kind in KINDS}

    def _plan(self, kind: str, **extra: str) -> float:
        out = self.work / f"out-{kind}"
        command = [str(DIALOGPLAN), "plan", str(self.plan), "--out", str(out)]
        return _timed(command, _environment(self.homes[kind], **extra))

    def stop(self, kind: str) -> None:
        """Stop the background server of ``kind``'s home, if one runs."""
        _timed([str(DIALOGPLAN), "server", "stop"], _environment(self.homes[kind]))

    def run(self, kind: str) -> float:
        """One run of ``kind``."""
        if kind == "floor":
            return _timed([sys.executable, "-c", FLOOR, str(self.plan)], os.environ.copy())
        if kind == "imports":
            return _timed([sys.executable, "-c", "import flows.cli"], os.environ.copy())
        if kind == "cold":
            self.stop("cold")
        if kind == "temporary":
            return self._plan(kind, DIALOGPLAN_SERVER="temporary")
        return self._plan(kind)


@dataclass
class Figures:
    """Every sample of every kind, and the first cold run apart."""

    plan: str
    rounds: int
    first: float = 0.0
    samples: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})

    def median(self, kind: str) -> float:
        """The median wall seconds of ``kind``; ``first`` is a single run."""
        return self.first if kind == "first" else statistics.median(self.samples[kind])


def measure(plan: Path, rounds: int) -> Figures:
    """Every kind ``rounds`` times, interleaved; the first cold run is reported apart."""
    figures = Figures(str(plan.relative_to(ROOT)), rounds)
    with tempfile.TemporaryDirectory(prefix="dialogplan-bench-") as folder:
        runs = Runs(Path(folder), plan)
        try:
            figures.first = runs.run("cold")
            runs.run("warm")  # starts the warm home's server
            for _ in range(rounds):
                for kind in KINDS:
                    figures.samples[kind].append(runs.run(kind))
        finally:
            for kind in ("warm", "cold"):
                runs.stop(kind)
    return figures


def report(figures: Figures) -> None:
    """The table: median seconds and the ratio to the floor."""
    floor = figures.median("floor")
    print(f"dialogplan plan {figures.plan}, median of {figures.rounds} rounds")
    print(f"{'run':<10} {'seconds':>8} {'× floor':>8}")
    for kind in (*KINDS, "first"):
        seconds = figures.median(kind)
        print(f"{kind:<10} {seconds:8.2f} {seconds / floor:8.2f}")
    verdict = "met" if figures.median("warm") <= TARGET_WARM * floor else "missed"
    print(f"target warm ≤ {TARGET_WARM} × floor: {verdict}")


def main() -> None:
    """Measure, print the table, and write JSON if asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--plan", type=Path, default=EXAMPLE)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    figures = measure(args.plan.resolve(), args.rounds)
    report(figures)
    if args.json:
        medians = {kind: figures.median(kind) for kind in (*KINDS, "first")}
        data = {**asdict(figures), "median": medians}
        args.json.write_text(json.dumps(data, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
