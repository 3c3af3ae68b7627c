"""The ``dialogplan`` command line: one sub-command per job, and their exit codes.

``validate``, ``prompts``, ``schema`` and ``contacts`` never import Prefect, so they answer quickly;
only the commands that run flows load it, after the strategy has been checked, so a typo costs
no server start.

Each command declares its options here (``_add_plan``) and does its work in
:mod:`flows.commands` (``run_plan``); :func:`main` is the one place where errors become
messages and exit codes (:mod:`flows.exit_codes`): 0 success (and a healthy check), 1
findings at or above ``--fail-on``, 2 invalid input (the strategy, its templates, the
activity log, the arguments, or an output folder that cannot be written; nothing is written),
3 a bug (the message asks to report it) or a Prefect server that does not start, 130
interrupted (Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, TypeAlias
from urllib.parse import urlsplit

from dialogplan.errors import InputError
from dialogplan.findings import Severity
from flows import commands, feed_command, server_command
from flows.exit_codes import (
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNEXPECTED,
)
from flows.feed_files import FeedError
from flows.generations import OutputError
from flows.isolation import (
    ProcessDiedError,
    TimeLimitError,
    stop_children,
)
from flows.local_server import ServerError

if TYPE_CHECKING:
    # argparse names no public type for what add_subparsers returns.
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]  # noqa: SLF001

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INTERRUPTED",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_UNEXPECTED",
    "build_parser",
    "entry",
    "main",
]

#: A command's work: the parsed arguments in, the exit code out.
Run: TypeAlias = Callable[[argparse.Namespace], int]


def entry() -> None:
    """The ``dialogplan`` program: :func:`main`, then a quick exit once Prefect was loaded.

    Tearing down an interpreter that loaded Prefect takes about a second and does nothing
    for the user, so after the exit handlers have run (Prefect's own, multiprocessing's) and
    the output is flushed, the process ends at once. Only daemon threads are left by then.
    """
    code = main()
    if "prefect" not in sys.modules:
        sys.exit(code)
    atexit._run_exitfuncs()  # noqa: SLF001 - what a normal exit runs first, run here
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version (0), argument errors (2, argparse's code)
        if exc.code is None:
            return EXIT_OK
        return exc.code if isinstance(exc.code, int) else EXIT_INVALID
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    """The one place where what went wrong becomes a message and an exit code."""
    run: Run = args.run
    try:
        with _interruptible():
            return run(args)
    except KeyboardInterrupt:
        print("dialogplan: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``dialogplan prompts … | head``): nothing left to say to it.
        # Pointing stdout at devnull spares Python's own complaint when it flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - every error is explained, none is shown raw
        return _explain(exc, verbose=args.verbose)


def _explain(exc: Exception, *, verbose: bool) -> int:
    """The message for an error, and its exit code."""
    if isinstance(exc, InputError | OutputError | TimeLimitError | FeedError):
        # Located: file, line and field, or the folder that cannot be written; what to do.
        print(exc, file=sys.stderr)
        return EXIT_INVALID
    if _is_push_error(exc):
        # One line naming the calendar and what the server or the network said.
        print(f"dialogplan: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if isinstance(exc, OSError) and exc.filename:
        # The machine said no (a full disk, someone else's folder): name the path.
        reason = exc.strerror or str(exc)
        print(f"{exc.filename}: {reason}; check the path and run again", file=sys.stderr)
        return EXIT_INVALID
    if isinstance(exc, ServerError | ProcessDiedError):
        print(f"dialogplan: {exc}", file=sys.stderr)
        return EXIT_UNEXPECTED
    return _unexpected(exc, verbose=verbose)


def _is_push_error(exc: Exception) -> bool:
    """Whether ``exc`` is a CalDAV push's error; only ``push`` loads the CalDAV client.

    Every other command spares itself that import (about a tenth of a second): an error
    of a module that was never loaded cannot have been raised.
    """
    push = sys.modules.get("flows.push")
    return push is not None and isinstance(exc, push.PushError)


def _unexpected(exc: BaseException, *, verbose: bool) -> int:
    """A bug: a short message, and where to report it."""
    if verbose:
        traceback.print_exception(exc)
    print(f"dialogplan: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
    print(
        "This is a bug in dialogplan, not in your files. Please report it on the project's "
        "issue tracker with the command you ran"
        + (" and the output above." if verbose else " and what it prints with --verbose."),
        file=sys.stderr,
    )
    return EXIT_UNEXPECTED


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C and SIGTERM stop the run at once, planning processes first.

    A planning process is killed inside the signal handler, before anything waits for it,
    so the run winds down in seconds; then KeyboardInterrupt unwinds the run as Ctrl-C does.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: FrameType | None) -> None:
        stop_children()
        raise KeyboardInterrupt

    before = {signum: signal.signal(signum, stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


def build_parser() -> argparse.ArgumentParser:
    """The command line, with one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="dialogplan",
        description="Turn a social-media strategy (YAML) into a dialogue-oriented editorial "
        "calendar: iCal feeds and CSV files.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    verbose = "show Prefect's logs and full tracebacks"
    parser.add_argument("-v", "--verbose", action="store_true", help=verbose)
    # Before or after the command alike: a default here would overwrite the one given before.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=verbose
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (
        _add_plan,
        _add_check,
        _add_plan_all,
        _add_serve,
        _add_server,
        _add_feeds,
        _add_push,
        _add_validate,
        _add_contacts,
        _add_prompts,
        _add_schema,
    ):
        add(subparsers, common)
    return parser


def _version() -> str:
    try:
        return version("dialogplan")
    except PackageNotFoundError:
        return "unknown (not installed)"


# --- argument types -----------------------------------------------------------------------


def _severity(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 0")
    return int(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-03-01") from None


def _add_plan(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    plan = subparsers.add_parser(
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
    plan.set_defaults(run=commands.run_plan)


def _add_check(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    check = subparsers.add_parser(
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
    check.set_defaults(run=commands.run_check)


def _add_plan_all(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    plan_all = subparsers.add_parser(
        "plan-all",
        parents=[common],
        help="plan and check every client in a folder of plans",
        description="Plan and check every PLANS_DIR/<client>/strategy.yaml in one Prefect "
        "flow, one task per client; an activity.csv next to a strategy is checked too. A "
        "broken client fails alone; clients whose inputs did not change are skipped.",
    )
    plan_all.add_argument("plans", type=Path, metavar="PLANS_DIR", help="folder of client folders")
    _add_out_root(plan_all)
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
    plan_all.set_defaults(run=commands.run_plan_all)


def _add_serve(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    serve = subparsers.add_parser(
        "serve",
        parents=[common],
        help="run every client's quarterly planning and weekly check on a schedule",
        description="Serve two scheduled deployments per client folder: the next quarter's "
        "plan, made ahead of time, and a weekly neglect check against the client's activity "
        "log, each on the clock of the client's time zone. Uses the Prefect server at "
        "PREFECT_API_URL, or starts a local one and stops it again on Ctrl-C.",
    )
    serve.add_argument("plans", type=Path, metavar="PLANS_DIR", help="folder of client folders")
    _add_out_root(serve)
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
    serve.add_argument(
        "--feeds-port",
        type=_port,
        metavar="P",
        help="also serve every client's live calendar feeds on 127.0.0.1:P (see dialogplan feeds)",
    )
    serve.set_defaults(run=feed_command.run_serve_with_feeds)


def _add_server(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    server = subparsers.add_parser(
        "server",
        parents=[common],
        help="show, start or stop dialogplan's background Prefect server",
        description="Without PREFECT_API_URL, the first command that needs Prefect starts a "
        "Prefect server in the background; later commands use it, and it stops by itself "
        "after DIALOGPLAN_SERVER_IDLE_MINUTES (default 30) unused minutes. "
        "DIALOGPLAN_SERVER=temporary gives each command a temporary server instead.",
    )
    server.add_argument(
        "action",
        choices=["status", "start", "stop"],
        help="status: running or not, URL, pid, uptime, when it stops, log; start: start it "
        "now if it is not running; stop: stop it now, unless a running command uses it",
    )
    server.add_argument(
        "--now",
        action="store_true",
        help="with stop: stop it even while a command uses it (that command then fails)",
    )
    server.set_defaults(run=server_command.run_server)


def _add_feeds(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    feeds = subparsers.add_parser(
        "feeds",
        parents=[common],
        help="serve every client's live calendar feeds over HTTP",
        description="Serve each client's calendar and channel feeds below OUT_ROOT at URLs "
        "that stay the same across quarters: the current quarter and every quarter planned "
        "ahead, behind a secret per client. Prints each client's subscription URL.",
    )
    feeds.add_argument(
        "out_root", type=Path, metavar="OUT_ROOT", help="the folder that holds a folder per client"
    )
    feeds.add_argument(
        "--host",
        default=feed_command.DEFAULT_HOST,
        metavar="H",
        help=f"address to listen on (default: {feed_command.DEFAULT_HOST}; 0.0.0.0 for all)",
    )
    feeds.add_argument(
        "--port",
        type=_port,
        default=feed_command.DEFAULT_PORT,
        metavar="P",
        help=f"port to listen on (default: {feed_command.DEFAULT_PORT}; 0 for any free port)",
    )
    feeds.add_argument(
        "--public-url",
        type=_public_url,
        metavar="URL",
        help="the address subscribers use, when a proxy publishes the server "
        "(e.g. https://feeds.example.com); used in the URLs printed and on the pages",
    )
    feeds.add_argument(
        "--rotate",
        metavar="CLIENT",
        help="give CLIENT a new secret, print its new URL and exit; the old URLs stop working",
    )
    feeds.set_defaults(run=feed_command.run_feeds_command)


def _add_push(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    push = subparsers.add_parser(
        "push",
        parents=[common],
        help="make a CalDAV calendar mirror a strategy's plan",
        description="Plan a strategy in-process (no Prefect, nothing written) and make the "
        "CalDAV calendar at URL mirror it: new entries are created, changed ones updated, "
        "and the plan's entries it no longer has deleted. Events that are not this client's "
        "plan entries are never touched. Credentials come from DIALOGPLAN_CALDAV_USER and "
        "DIALOGPLAN_CALDAV_PASSWORD, or from a netrc entry for the server's host.",
    )
    push.add_argument("strategy", type=Path, metavar="STRATEGY", help="the strategy YAML file")
    push.add_argument(
        "--caldav",
        type=_caldav_url,
        required=True,
        metavar="URL",
        help="the calendar's address (e.g. https://cloud.example.com/remote.php/dav/calendars/"
        "anna/plan/)",
    )
    push.add_argument(
        "--dry-run", action="store_true", help="print what would change and change nothing"
    )
    push.set_defaults(run=commands.run_push)


def _caldav_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// address")
    if parts.username is not None or parts.password is not None:
        raise argparse.ArgumentTypeError(
            "the URL must not carry credentials; set DIALOGPLAN_CALDAV_USER and "
            "DIALOGPLAN_CALDAV_PASSWORD, or a netrc entry for the host"
        )
    return text


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)")
    return int(text)


def _public_url(text: str) -> str:
    if not text.startswith(("http://", "https://")) or "?" in text or "#" in text:
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// address")
    return text.rstrip("/")


def _add_validate(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    validate = subparsers.add_parser(
        "validate",
        parents=[common],
        help="check strategy files, and say what their plans would leave undone",
        description="Check strategy files and their template folders; every problem is "
        "reported as file:line: field: message. A valid file is planned and checked "
        "in-process, and the plan's warnings and errors follow its 'valid' line.",
    )
    validate.add_argument(
        "strategies", type=Path, nargs="+", metavar="STRATEGY", help="strategy YAML files"
    )
    validate.set_defaults(run=commands.run_validate)


def _add_contacts(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    contacts = subparsers.add_parser(
        "contacts",
        parents=[common],
        help="make a contacts file from data you already have",
        description="Work with contacts files: 'dialogplan contacts import linkedin "
        "Connections.csv' turns LinkedIn's connections export into one.",
    )
    actions = contacts.add_subparsers(dest="action", required=True, metavar="ACTION")
    importer = actions.add_parser(
        "import",
        parents=[common],
        help="turn an export into a contacts file",
        description="Turn LinkedIn's connections export (Connections.csv from 'Get a copy of "
        "your data') into a contacts file: tier loose, channel linkedin, the profile URL, "
        "position and company in the note. Nothing is sent anywhere.",
    )
    importer.add_argument(
        "source",
        choices=["linkedin"],
        metavar="SOURCE",
        help="where the export comes from: linkedin",
    )
    importer.add_argument(
        "export", type=Path, metavar="FILE", help="the export file, e.g. Connections.csv"
    )
    importer.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="write the contacts file to FILE, replaced in one step (default: standard output)",
    )
    importer.set_defaults(run=commands.run_contacts_import)


def _add_prompts(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    prompts = subparsers.add_parser(
        "prompts",
        parents=[common],
        help="show how a plan's prompts read: figures and a sample",
        description="Plan and render a strategy in-process (no Prefect, nothing written) and "
        "print figures about its prompts (repeats, pasted sentences, rules on moves that "
        "publish nothing, events announced, links carried, moves per place) and a sample of "
        "prompts spread evenly over the plan, each with its date, channel, move and place.",
    )
    prompts.add_argument("strategy", type=Path, metavar="STRATEGY", help="the strategy YAML file")
    prompts.add_argument(
        "--sample",
        type=_count,
        default=10,
        metavar="N",
        help="how many prompts to show (default: 10; 0 shows the figures only)",
    )
    prompts.set_defaults(run=commands.run_prompts)


def _add_schema(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    schema = subparsers.add_parser(
        "schema",
        parents=[common],
        help="print the JSON Schema of the strategy format",
        description="Print the JSON Schema of the strategy format, for editors that check and "
        "complete YAML as you type.",
    )
    schema.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead")
    schema.set_defaults(run=commands.run_schema)


def _add_out_root(parser: argparse.ArgumentParser) -> None:
    """``--out`` of the commands that serve a whole folder of clients."""
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("out"),
        metavar="DIR",
        help="outputs go to DIR/<client> (default: out)",
    )


if __name__ == "__main__":  # pragma: no cover
    entry()
