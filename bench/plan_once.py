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
    ``dialogplan prompts`` does, templates compiled in an earlier run as every command keeps
    them: what ``plan`` costs without Prefect;
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
    as every ``plan`` without ``PREFECT_API_URL`` worked before the background server;
*floor-before*, *warm-before*
    with ``--before SRC``: the floor and the warm plan once more, with the code of another
    tree of dialogplan (``git archive main flows dialogplan templates``, unpacked) in
    front of this one on ``PYTHONPATH``: a change's before and after in one run.

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
from flows.files import read_overrides, read_strategy
from flows.revising import revised_at
try:
    from flows.compiled import keep_templates_compiled
except ImportError:  # a tree from before compiled templates were kept
    pass
else:
    keep_templates_compiled()
path = Path(sys.argv[1])
strategy = read_strategy(path)
build(strategy, read_overrides(strategy, path), revised_at=revised_at(strategy))
"""


BEFORE = ("floor-before", "warm-before")


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

    def __init__(self, work: Path, plan: Path, before: Path | None = None) -> None:
        self.work, self.plan, self.before = work, plan, before
        self.homes = {kind: work / f"home-{kind}" for kind in (*KINDS, *BEFORE)}

    def _code(self, kind: str) -> dict[str, str]:
        """The code a kind runs: this tree's, or for the ``-before`` kinds the other tree's."""
        if not kind.endswith("-before") or self.before is None:
            return {}
        return {"PYTHONPATH": os.pathsep.join([str(self.before), os.environ.get("PYTHONPATH", "")])}

    def _plan(self, kind: str, **extra: str) -> float:
        out = self.work / f"out-{kind}"
        command = [str(DIALOGPLAN), "plan", str(self.plan), "--out", str(out)]
        return _timed(command, _environment(self.homes[kind], **self._code(kind), **extra))

    def stop(self, kind: str) -> None:
        """Stop the background server of ``kind``'s home, if one runs."""
        env = _environment(self.homes[kind], **self._code(kind))
        _timed([str(DIALOGPLAN), "server", "stop"], env)

    def run(self, kind: str) -> float:
        """One run of ``kind``."""
        if kind.startswith("floor"):
            env = {**os.environ, **self._code(kind)}
            return _timed([sys.executable, "-c", FLOOR, str(self.plan)], env)
        if kind == "imports":
            return _timed([sys.executable, "-c", "import flows.cli"], os.environ.copy())
        if kind == "cold":
            self.stop("cold")
        if kind == "temporary":
            return self._plan(kind, DIALOGPLAN_SERVER="temporary")
        return self._plan(kind)  # warm, warm-before, cold


@dataclass
class Figures:
    """Every sample of every kind, and the first cold run apart."""

    plan: str
    rounds: int
    kinds: tuple[str, ...] = KINDS
    first: float = 0.0
    samples: dict[str, list[float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.samples = {kind: [] for kind in self.kinds}

    def median(self, kind: str) -> float:
        """The median wall seconds of ``kind``; ``first`` is a single run."""
        return self.first if kind == "first" else statistics.median(self.samples[kind])


def measure(plan: Path, rounds: int, before: Path | None = None) -> Figures:
    """Every kind ``rounds`` times, interleaved; the first cold run is reported apart."""
    kinds = (*KINDS, *BEFORE) if before else KINDS
    figures = Figures(str(plan.relative_to(ROOT)), rounds, kinds)
    with tempfile.TemporaryDirectory(prefix="dialogplan-bench-") as folder:
        runs = Runs(Path(folder), plan, before)
        servers = [kind for kind in kinds if kind in {"warm", "cold", "warm-before"}]
        try:
            figures.first = runs.run("cold")
            for kind in servers:
                if kind.startswith("warm"):
                    runs.run(kind)  # starts that home's server
            for _ in range(rounds):
                for kind in kinds:
                    figures.samples[kind].append(runs.run(kind))
        finally:
            for kind in servers:
                runs.stop(kind)
    return figures


def report(figures: Figures) -> None:
    """The table: median seconds and the ratio to the floor."""
    floor = figures.median("floor")
    print(f"dialogplan plan {figures.plan}, median of {figures.rounds} rounds")
    print(f"{'run':<12} {'seconds':>8} {'× floor':>8}")
    for kind in (*figures.kinds, "first"):
        seconds = figures.median(kind)
        own = figures.median("floor-before") if kind.endswith("-before") else floor
        print(f"{kind:<12} {seconds:8.2f} {seconds / own:8.2f}")
    verdict = "met" if figures.median("warm") <= TARGET_WARM * floor else "missed"
    print(f"target warm ≤ {TARGET_WARM} × floor: {verdict}")


def main() -> None:
    """Measure, print the table, and write JSON if asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--plan", type=Path, default=EXAMPLE)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--before",
        type=Path,
        metavar="SRC",
        help="another tree of dialogplan's code (flows, dialogplan, templates) to measure "
        "the floor and the warm plan of in the same run",
    )
    args = parser.parse_args()
    before = args.before.resolve() if args.before else None
    figures = measure(args.plan.resolve(), args.rounds, before)
    report(figures)
    if args.json:
        medians = {kind: figures.median(kind) for kind in (*figures.kinds, "first")}
        data = {**asdict(figures), "median": medians}
        args.json.write_text(json.dumps(data, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
