"""The ``dialogplan`` command: check strategies, print their schema, and plan calendars.

``validate`` and ``schema`` answer in well under a second because they never import Prefect;
only ``plan`` loads it, after the strategy has been checked, so a typo costs no server start.

Exit codes: 0 success (and a healthy check), 1 findings at or above ``--fail-on``, 2 invalid
input (the strategy, its templates, the activity log or the arguments; nothing is written),
3 anything unexpected.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from dialogplan.errors import InputError, Problem, StrategyError
from dialogplan.findings import Finding, Severity, worst
from dialogplan.strategy import Strategy, json_schema
from flows.files import (
    read_activity,
    read_overrides,
    read_strategy,
    templates_folder,
    write_file,
)

if TYPE_CHECKING:
    from flows.check import CheckResult
    from flows.plan import PlanResult

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INVALID = 2
EXIT_UNEXPECTED = 3
EXIT_INTERRUPTED = 130


def _version() -> str:
    try:
        return version("dialogplan")
    except PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    """The command line, with one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="dialogplan",
        description="Turn a social-media strategy (YAML) into a dialogue-oriented editorial "
        "calendar: iCal feeds and CSV files.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="store_true", help="show Prefect's logs and full tracebacks"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    plan = commands.add_parser(
        "plan",
        parents=[common],
        help="write the calendar files for a strategy",
        description="Write calendar.ics, channels/<channel>.ics, calendar.csv and "
        "google-calendar.csv for a strategy, running the plan as a Prefect flow. "
        "Without PREFECT_API_URL a temporary local Prefect server is started (a few seconds).",
    )
    plan.add_argument("strategy", type=Path, metavar="STRATEGY", help="the strategy YAML file")
    plan.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="output folder (default: out/<client> in the current directory)",
    )
    plan.add_argument(
        "--fail-on",
        type=_severity,
        metavar="SEVERITY",
        help="exit with 1 when the plan checks find something this severe or worse "
        "(info, warning, error); by default a plan with findings still exits with 0",
    )

    check = commands.add_parser(
        "check",
        parents=[common],
        help="check a plan for neglected channels, and against what the team did",
        description="Check the plan for gaps, thin channels, an unsustainable budget, "
        "monologue, starved goals and posts without a reply round; with --activity, also "
        "compare the plan with the team's activity log. Writes report.md and report.html.",
    )
    check.add_argument("strategy", type=Path, metavar="STRATEGY", help="the strategy YAML file")
    check.add_argument("--activity", type=Path, metavar="LOG", help="the team's activity log (CSV)")
    check.add_argument(
        "--as-of",
        type=_day,
        metavar="DATE",
        help="compare the log with the plan up to this day (default: today in the "
        "strategy's time zone)",
    )
    check.add_argument(
        "--fail-on",
        type=_severity,
        default=Severity.ERROR,
        metavar="SEVERITY",
        help="exit with 1 when a finding is this severe or worse: info, warning or error "
        "(default: error)",
    )
    check.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="folder for the reports (default: out/<client> in the current directory)",
    )

    plan_all = commands.add_parser(
        "plan-all",
        parents=[common],
        help="plan and check every client in a folder of plans",
        description="Plan and check every PLANS_DIR/<client>/strategy.yaml in one Prefect "
        "flow, one task per client; an activity.csv next to a strategy is checked too. A "
        "broken client fails alone; clients whose inputs did not change are skipped.",
    )
    plan_all.add_argument("plans", type=Path, metavar="PLANS_DIR", help="folder of client folders")
    plan_all.add_argument(
        "--out",
        type=Path,
        default=Path("out"),
        metavar="DIR",
        help="outputs go to DIR/<client> (default: out)",
    )
    plan_all.add_argument(
        "--concurrency",
        type=_positive,
        default=4,
        metavar="N",
        help="clients in progress at once (default: 4)",
    )
    plan_all.add_argument(
        "--as-of",
        type=_day,
        metavar="DATE",
        help="check activity logs up to this day (default: today in each client's time zone)",
    )
    plan_all.add_argument(
        "--no-cache", action="store_true", help="re-plan clients whose inputs did not change"
    )
    plan_all.add_argument(
        "--fail-on",
        type=_severity,
        metavar="SEVERITY",
        help="also exit with 1 when a client has a finding this severe or worse",
    )

    serve = commands.add_parser(
        "serve",
        parents=[common],
        help="run every client's quarterly planning and weekly check on a schedule",
        description="Serve two scheduled deployments per client folder: the next quarter's "
        "plan, made ahead of time, and a weekly neglect check against the client's activity "
        "log, each on the clock of the client's time zone. Uses the Prefect server at "
        "PREFECT_API_URL, or starts a local one and stops it again on Ctrl-C.",
    )
    serve.add_argument("plans", type=Path, metavar="PLANS_DIR", help="folder of client folders")
    serve.add_argument(
        "--out",
        type=Path,
        default=Path("out"),
        metavar="DIR",
        help="outputs go to DIR/<client> (default: out)",
    )
    serve.add_argument(
        "--lead-days",
        type=_positive,
        default=14,
        metavar="N",
        help="plan each quarter N days before it begins (1-31, default: 14)",
    )
    serve.add_argument(
        "--weekly-cron",
        default="0 7 * * 1",
        metavar="CRON",
        help="when the weekly check runs, in each client's time zone (default: '0 7 * * 1')",
    )

    validate = commands.add_parser(
        "validate",
        parents=[common],
        help="check strategy files without planning",
        description="Check strategy files and their template folders; every problem is "
        "reported as file:line: field: message.",
    )
    validate.add_argument(
        "strategies", type=Path, nargs="+", metavar="STRATEGY", help="strategy YAML files"
    )

    schema = commands.add_parser(
        "schema",
        parents=[common],
        help="print the JSON Schema of the strategy format",
        description="Print the JSON Schema of the strategy format, for editors that check and "
        "complete YAML as you type.",
    )
    schema.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead")
    return parser


def _severity(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-03-01") from None


def _template_problem(
    exc: Exception, strategy: Strategy, strategy_path: Path
) -> StrategyError | None:
    """A template error in one of the team's own files, as a problem pointing at that file."""
    from dialogplan.render import PromptTemplateError

    folder = templates_folder(strategy, strategy_path)
    if not isinstance(exc, PromptTemplateError) or folder is None:
        return None
    file = folder / exc.template
    if not file.is_file():
        return None  # a built-in template failed: our mistake, not the team's
    message = str(exc).split(": ", 1)[-1]
    return StrategyError([Problem(str(file), "", exc.line, message)])


def _check(path: Path) -> Strategy:
    """Find everything wrong with a team's input before any output or Prefect is involved.

    The team's own templates are tried on a full calendar (a fraction of a second), so a
    typo in one of them fails here with its file and line, not halfway through a flow run.
    """
    strategy = read_strategy(path)
    overrides = read_overrides(strategy, path)
    if overrides:
        from dialogplan.pipeline import build_calendar

        try:
            build_calendar(strategy, overrides)
        except Exception as exc:
            problem = _template_problem(exc, strategy, path)
            if problem is None:
                raise
            raise problem from None
    return strategy


def _describe(strategy: Strategy) -> str:
    count = len(strategy.channels)
    noun = "channel" if count == 1 else "channels"
    return f"{count} {noun}, {strategy.start} – {strategy.last_day}"


def _validate(paths: Sequence[Path]) -> int:
    status = EXIT_OK
    for path in paths:
        try:
            strategy = _check(path)
        except StrategyError as exc:
            print(exc, file=sys.stderr)
            status = EXIT_INVALID
        else:
            print(f"ok: {path} ({_describe(strategy)})")
    return status


def _schema(out: Path | None) -> int:
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        write_file(out, text.encode("utf-8"))
        print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK


def _table(headings: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table: text left-aligned, numbers right-aligned."""
    widths = [max(len(cell) for cell in column) for column in zip(headings, *rows, strict=True)]
    numeric = [all(row[i].isdigit() for row in rows) for i in range(len(headings))]

    def line(cells: Sequence[str]) -> str:
        padded = (
            cell.rjust(width) if right else cell.ljust(width)
            for cell, width, right in zip(cells, widths, numeric, strict=True)
        )
        return "  ".join(padded).rstrip()

    return "\n".join([line(headings), *(line(row) for row in rows)])


def _quiet_prefect() -> None:
    """Keep Prefect's console to warnings: people want the summary, not every state change.

    Only the console handler is quieted, so the run's logs still reach the Prefect server and
    its UI. The temporary server's own log is silenced: its complaints (such as failing to
    send usage statistics while offline) are not the user's business, and real failures
    reach the client as errors anyway. Usage statistics are off: calendars are planned
    offline as often as not. Must happen before Prefect is imported; settings the user made
    explicitly win.
    """
    if "prefect" not in sys.modules:
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _report(result: PlanResult, strategy: Strategy) -> None:
    from dialogplan.summary import HEADINGS, display_rows

    print(f"{strategy.name}: {strategy.start} – {strategy.last_day}")
    print(_table(HEADINGS, display_rows(result.summary)))
    print(f"\n{len(result.paths)} files in {_shown(result.out_dir)}/:")
    for path in result.paths:
        print(f"  {path.relative_to(result.out_dir).as_posix()}")
    for name in result.retired:
        print(
            f"note: {name} is no longer in the strategy; channels/{name}.ics is now an empty "
            "calendar, so its subscribers see the old entries disappear"
        )


def _print_findings(findings: Sequence[Finding]) -> None:
    """A compact table of findings, each followed by what to do about it."""
    if not findings:
        print("\nHealthy: every channel is kept alive.")
        return
    counts = {s: sum(f.severity == s for f in findings) for s in reversed(Severity)}
    tally = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    print(f"\nFindings: {tally}")
    rows = [
        (str(f.severity), f.code, f.channel or "–", f.period or "–", f.message) for f in findings
    ]
    lines = _table(("severity", "code", "channel", "period", "finding"), rows).splitlines()
    print(lines[0])
    for line, finding in zip(lines[1:], findings, strict=True):
        print(line)
        print(f"  → {finding.suggestion}")


def _verdict(findings: Sequence[Finding], fail_on: Severity | None) -> int:
    found = worst(findings)
    if fail_on is not None and found is not None and found >= fail_on:
        return EXIT_FINDINGS
    return EXIT_OK


def _start_prefect(verbose: bool, doing: str) -> None:
    """Tell people what the next seconds are spent on; Prefect's import and server take a while."""
    if not verbose:
        _quiet_prefect()
    print("Starting Prefect…", file=sys.stderr, flush=True)
    from prefect.settings import get_current_settings

    api = get_current_settings().api.url
    where = (
        f"the Prefect server at {api}"
        if api
        else "a temporary local Prefect server (it takes a few seconds to start)"
    )
    print(f"{doing} on {where}…", file=sys.stderr, flush=True)


def _check_command(
    strategy_path: Path,
    activity: Path | None,
    as_of: date | None,
    fail_on: Severity,
    out: Path | None,
    verbose: bool,
) -> int:
    strategy = read_strategy(strategy_path)
    if activity is not None:
        read_activity(activity, strategy)  # bad rows fail here, before Prefect starts
    _start_prefect(verbose, f"Checking {strategy_path}")
    from flows.check import run_check

    result = run_check(strategy_path, activity, as_of, out)
    _report_check(result, strategy)
    return _verdict(result.findings, fail_on)


def _report_check(result: CheckResult, strategy: Strategy) -> None:
    print(f"{strategy.name}: {strategy.start} – {strategy.last_day}")
    if result.activity is not None:
        seen = result.activity.last_seen
        rows = [
            (
                str(r["channel"]),
                str(r["last"]) if r["last"] is not None else "never",
                str(r["days_since"]),
                str(r["max_silence_days"]),
            )
            for r in seen.to_dict("records")
        ]
        print(f"\nActivity up to {result.activity.as_of}:")
        print(_table(("channel", "last activity", "days since", "tolerated"), rows))
    _print_findings(result.findings)
    print(f"\nReport: {_shown(result.out_dir)}/report.html")


def _shown(folder: Path) -> Path:
    try:
        return folder.resolve().relative_to(Path.cwd())
    except ValueError:
        return folder


def _plan_all(
    plans: Path,
    out: Path,
    concurrency: int,
    as_of: date | None,
    no_cache: bool,
    fail_on: Severity | None,
    verbose: bool,
) -> int:
    if not plans.is_dir():
        raise InputError([Problem(str(plans), "", None, "is not a folder of client folders")])
    if not verbose:
        # A broken client's traceback would drown the summary that explains it.
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    _start_prefect(verbose, f"Planning every client in {plans}")
    from flows.plan_all import SUMMARY_COLUMNS, plan_all, progress

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    progress.addHandler(handler)
    progress.setLevel(logging.INFO)
    progress.propagate = False

    result = plan_all(plans, out, concurrency, as_of, use_cache=not no_cache)
    summary = result.summary()
    rows = [[str(v) for v in row] for row in summary.itertuples(index=False)]
    print(_table(SUMMARY_COLUMNS, rows))
    for failed in result.failed:
        print(f"\n{failed.client} failed:\n{failed.error}", file=sys.stderr)
    planned = sum(o.status == "planned" for o in result.outcomes)
    unchanged = sum(o.status == "unchanged" for o in result.outcomes)
    print(
        f"\n{len(result.outcomes)} clients: {planned} planned, {unchanged} unchanged, "
        f"{len(result.failed)} failed"
    )
    if result.failed:
        return EXIT_FINDINGS
    found = result.worst()
    if fail_on is not None and found is not None and found >= fail_on:
        return EXIT_FINDINGS
    return EXIT_OK


def _plan(strategy_path: Path, out: Path | None, fail_on: Severity | None, verbose: bool) -> int:
    strategy = _check(strategy_path)
    _start_prefect(verbose, f"Planning {strategy_path}")
    from flows.plan import run_plan

    try:
        result = run_plan(strategy_path, out)
    except Exception as exc:
        problem = _template_problem(exc, strategy, strategy_path)
        if problem is None:
            raise
        raise problem from None
    _report(result, strategy)
    _print_findings(result.findings)
    return _verdict(result.findings, fail_on)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version (0), argument errors (2, argparse's code)
        if exc.code is None:
            return EXIT_OK
        return exc.code if isinstance(exc.code, int) else EXIT_INVALID
    try:
        if args.command == "validate":
            return _validate(args.strategies)
        if args.command == "schema":
            return _schema(args.out)
        if args.command == "plan-all":
            return _plan_all(
                args.plans,
                args.out,
                args.concurrency,
                args.as_of,
                args.no_cache,
                args.fail_on,
                args.verbose,
            )
        if args.command == "serve":
            if not args.verbose:
                _quiet_prefect()
            from flows.serve import run_serve

            return run_serve(args.plans, args.out, args.lead_days, args.weekly_cron)
        if args.command == "check":
            return _check_command(
                args.strategy, args.activity, args.as_of, args.fail_on, args.out, args.verbose
            )
        return _plan(args.strategy, args.out, args.fail_on, args.verbose)
    except InputError as exc:
        print(exc, file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("dialogplan: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"dialogplan: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if not args.verbose:
            print("run again with --verbose for the full traceback", file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
