"""What each ``dialogplan`` command does, once its arguments are parsed.

Errors travel up to :func:`flows.cli.main`, which turns them into messages and exit codes in
one place; only ``validate`` reports each file's problems itself, so one run lists them all.
Prefect is imported only inside the commands that run flows, after the input has been
checked, so ``validate``, ``prompts`` and ``schema`` stay quick and a typo costs no server start.
"""

# ruff: noqa: T201 - the commands talk to people on stdout and stderr
# ruff: noqa: PLC0415 - the flows (and with them Prefect) load only for the commands that run them
from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from dialogplan.entry import RenderedCalendar
from dialogplan.errors import InputError, Problem, StrategyError
from dialogplan.feeds import calendar_files
from dialogplan.findings import Finding, Severity, worst
from dialogplan.linkedin import contacts_from_connections
from dialogplan.neglect import check_plan
from dialogplan.prompt_stats import prompt_stats, spread
from dialogplan.render import PromptTemplateError, render
from dialogplan.revisions import Revisions
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy, json_schema
from flows.ahead import planning_ahead
from flows.compiled import keep_templates_compiled
from flows.console import (
    print_check,
    print_notes,
    print_plan,
    print_plan_all,
    print_prompts,
    print_push,
)
from flows.daemon import background_wanted
from flows.exit_codes import EXIT_FINDINGS, EXIT_INVALID, EXIT_OK
from flows.files import (
    read_activity,
    read_export,
    read_overrides,
    read_strategy,
    templates_folder,
    write_file,
)
from flows.isolation import warm_up
from flows.revising import revised_at

__all__ = [
    "run_check",
    "run_contacts_import",
    "run_plan",
    "run_plan_all",
    "run_prompts",
    "run_push",
    "run_schema",
    "run_serve",
    "run_validate",
]


def run_plan(args: argparse.Namespace) -> int:
    """``plan``: write one strategy's calendar files through the Prefect flow."""
    path: Path = args.strategy
    strategy = _checked(path)
    background_wanted()  # a wrong setting fails before anything starts
    with (
        planning_ahead(path, args.out, strategy) as ahead,
        _prefect(f"Planning {path}", verbose=args.verbose, warm=not ahead),
        _team_templates(strategy, path),
    ):
        with _loading():
            from flows.plan import run_plan as plan_flow

        result = plan_flow(path, args.out)
    print_plan(result, strategy)
    return _verdict(worst(result.findings), args.fail_on)


def run_check(args: argparse.Namespace) -> int:
    """``check``: the plan's health, and with a log what the team did, as a report."""
    path: Path = args.strategy
    activity: Path | None = args.activity
    strategy = read_strategy(path)
    if activity is not None:
        read_activity(activity, strategy)  # bad rows fail here, before Prefect starts
    with _prefect(f"Checking {path}", verbose=args.verbose):
        with _loading():
            from flows.check import run_check as check_flow

        result = check_flow(path, activity, args.as_of, args.out)
    print_check(result, strategy)
    return _verdict(worst(result.findings), args.fail_on)


def run_plan_all(args: argparse.Namespace) -> int:
    """``plan-all``: every client in a folder, one failing alone; 1 when any failed."""
    plans: Path = args.plans
    if not plans.is_dir():
        raise InputError([Problem(str(plans), "", None, "is not a folder of client folders")])
    with _prefect(f"Planning every client in {plans}", verbose=args.verbose):
        with _loading():
            from flows.plan_all import plan_all, progress

        _show_progress(progress)
        result = plan_all(
            plans,
            args.out,
            args.concurrency,
            args.as_of,
            use_cache=not args.no_cache,
        )
    print_plan_all(result)
    if result.failed:
        return EXIT_FINDINGS
    return _verdict(result.worst(), args.fail_on)


def _show_progress(progress: logging.Logger) -> None:
    """One line per finished client on stderr, so a long agency run shows it is moving."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    progress.addHandler(handler)
    progress.setLevel(logging.INFO)
    progress.propagate = False


def run_serve(args: argparse.Namespace) -> int:
    """``serve``: every client's schedules until Ctrl-C; serve chooses its own exit codes."""
    if not args.verbose:
        _quiet_prefect()
    from flows.serve import run_serve as serve

    return serve(args.plans, args.out, args.lead_days, args.weekly_cron)


def run_validate(args: argparse.Namespace) -> int:
    """``validate``: every file is checked, so one run lists the problems of all of them.

    A valid strategy is also planned in-process and checked, and the check's warnings and
    errors follow its ``valid`` line: a team writing its file should hear that its offer gets no
    post, and what would change that, before it plans. They do not make the file invalid.
    """
    status = EXIT_OK
    for path in args.strategies:
        try:
            strategy, entries = _planned_in_process(path)
        except StrategyError as exc:
            print(exc, file=sys.stderr)
            status = EXIT_INVALID
        else:
            # "valid", not "ok": "ok" above "1 error" read as a slip to writer after writer.
            print(f"valid: {path} ({_describe(strategy)})")
            if strategy.contacts is None and (path.parent / CONTACTS_FILE).is_file():
                print(
                    f"  note: {CONTACTS_FILE} lies next to it but is not used: add "
                    f"'contacts: {CONTACTS_FILE}' to plan entries for the people in it"
                )
            print_notes(_worth_noting(check_plan(strategy, entries)))
    return status


def _worth_noting(findings: Sequence[Finding]) -> list[Finding]:
    """Warnings and errors, and the notes they send the team to by code.

    "The whole change is under thin-channels" pointed a writer at a note validate never
    printed.
    """
    shown = [f for f in findings if f.severity >= Severity.WARNING]
    said = " ".join(f.suggestion for f in shown)
    return [f for f in findings if f in shown or re.search(rf"\b{re.escape(f.code)}\b", said)]


#: The contacts file a team keeps next to its strategy, as the README names it.
CONTACTS_FILE = "contacts.csv"


def _describe(strategy: Strategy) -> str:
    count = len(strategy.channels)
    noun = "channel" if count == 1 else "channels"
    described = f"{count} {noun}, {strategy.start} – {strategy.last_day}"
    if strategy.contacts is not None:
        people = len(strategy.people)
        described += f", {people} {'contact' if people == 1 else 'contacts'}"
    return described


def run_contacts_import(args: argparse.Namespace) -> int:
    """``contacts import linkedin``: a contacts file from LinkedIn's connections export.

    The file goes to standard output, or replaces ``--out`` in one step; the count goes to
    standard error, so that a redirected output holds the file alone.
    """
    export: Path = args.export
    out: Path | None = args.out
    imported = contacts_from_connections(read_export(export), str(export))
    if out is None:
        sys.stdout.buffer.write(imported.data)
        sys.stdout.flush()
    else:
        write_file(out, imported.data)
    left_out = [
        f"{count} {what}"
        for count, what in (
            (imported.nameless, "without a name"),
            (imported.repeated, "repeating an earlier person"),
        )
        if count
    ]
    where = "standard output" if out is None else out
    summary = f"{imported.people} contacts (tier loose, channel linkedin) to {where}"
    print(
        f"wrote {summary}" + (f"; left out rows: {', '.join(left_out)}" if left_out else ""),
        file=sys.stderr,
    )
    return EXIT_OK


def run_prompts(args: argparse.Namespace) -> int:
    """``prompts``: figures about a plan's prompts and a sample of them, planned in-process."""
    strategy, entries = _planned_in_process(args.strategy)
    print_prompts(strategy, prompt_stats(strategy, entries), spread(entries, args.sample))
    return EXIT_OK


def _planned_in_process(path: Path) -> tuple[Strategy, RenderedCalendar]:
    """The strategy at ``path`` and its rendered calendar, with the team's own templates."""
    strategy = read_strategy(path)
    overrides = read_overrides(strategy, path)
    keep_templates_compiled()
    with _team_templates(strategy, path):
        return strategy, render(strategy, schedule(strategy), overrides)


def run_push(args: argparse.Namespace) -> int:
    """``push``: make a CalDAV calendar mirror the plan, planned in-process (no Prefect)."""
    path: Path = args.strategy
    strategy, entries = _planned_in_process(path)
    if not entries:
        # Pushing an empty plan would delete every entry people have in their calendar.
        raise StrategyError(
            [
                Problem(
                    str(path),
                    "start",
                    None,
                    f"the plan from {strategy.start} to {strategy.last_day} has no entries, so "
                    "nothing was pushed; check start, end, months, the channels and the blackouts",
                )
            ]
        )
    from flows.push import push

    moment = revised_at(strategy)

    def plan_feed(earlier: Revisions) -> bytes:
        files = calendar_files(strategy, entries, revised_at=moment, earlier=earlier)
        return files["calendar.ics"]

    print_push(push(strategy.client, plan_feed, args.caldav, dry_run=args.dry_run))
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    """``schema``: the strategy format's JSON Schema, on stdout or into a file."""
    out: Path | None = args.out
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        write_file(out, text.encode("utf-8"))
        print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK


def _checked(path: Path) -> Strategy:
    """Find everything wrong with a team's input before any output or Prefect is involved.

    The team's own templates are tried on a full calendar (a fraction of a second), so a
    typo in one of them fails here with its file and line, not halfway through a flow run.
    """
    strategy = read_strategy(path)
    overrides = read_overrides(strategy, path)
    if overrides:
        with _team_templates(strategy, path):
            render(strategy, schedule(strategy), overrides)
    return strategy


@contextlib.contextmanager
def _team_templates(strategy: Strategy, strategy_path: Path) -> Iterator[None]:
    """An error in one of the team's own template files, as a problem pointing at that file.

    A failing built-in template is our mistake, not the team's: it stays unexpected.
    """
    try:
        yield
    except PromptTemplateError as exc:
        folder = templates_folder(strategy, strategy_path)
        file = folder / exc.template if folder is not None else None
        if file is None or not file.is_file():
            raise
        message = str(exc).split(": ", 1)[-1]
        raise StrategyError([Problem(str(file), "", exc.line, message)]) from None


def _verdict(found: Severity | None, fail_on: Severity | None) -> int:
    """1 when the worst finding reaches ``--fail-on``; without the option findings pass."""
    if fail_on is not None and found is not None and found >= fail_on:
        return EXIT_FINDINGS
    return EXIT_OK


def _quiet_prefect(console: str = "WARNING") -> None:
    """Keep Prefect's console to ``console``: people want the summary, not every state change.

    Only the console handler is quieted, so the run's logs still reach the Prefect server and
    its UI. The temporary server's own log is silenced: its complaints (such as failing to
    send usage statistics while offline) are not the user's business, and real failures
    reach the client as errors anyway. Usage statistics are off: calendars are planned
    offline as often as not. Must happen before Prefect is imported; settings the user made
    explicitly win.
    """
    if "prefect" not in sys.modules:
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", console)
        os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@contextlib.contextmanager
def _prefect(doing: str, *, verbose: bool, warm: bool = True) -> Iterator[None]:
    """Prefect for the length of a command: the configured server, or one of dialogplan's.

    People are told what the next seconds are spent on; Prefect's import and a server's start
    take a while. Without ``PREFECT_API_URL``, the command uses dialogplan's background server
    (:mod:`flows.daemon`), started by the first command that needs it; with
    ``DIALOGPLAN_SERVER=temporary``, a temporary server tethered to this process
    (:mod:`flows.tether`), which stops with the command, even when the command is killed.
    ``warm`` starts the planner's fork server meanwhile; not wanted when the planning
    already runs (:mod:`flows.ahead`), which would have to share the second core with it.
    """
    if not verbose:
        # A failure is reported once, by the command, as a located message; Prefect's own
        # report of it (with a traceback) would drown it. The server keeps every log line.
        _quiet_prefect(console="CRITICAL")
    background = background_wanted()  # a wrong setting fails before anything starts
    if warm:
        warm_up()  # the planner's fork server imports while Prefect does
    print("Starting Prefect…", file=sys.stderr, flush=True)
    with _loading():
        import prefect  # noqa: F401 - loaded here, under _loading
        from prefect.settings import get_current_settings

        from flows.local_server import talk_to

        settings = get_current_settings()
    if settings.api.url:
        print(f"{doing} on the Prefect server at {settings.api.url}…", file=sys.stderr, flush=True)
        yield
        return
    with _local_prefect(doing, settings.home, background=background) as api_url, talk_to(api_url):
        try:
            yield
        finally:
            _drain_prefect()


@contextlib.contextmanager
def _loading() -> Iterator[None]:
    """Load modules without the garbage collector, then keep it off what they hold.

    Loading Prefect creates hundreds of thousands of objects, none of them garbage; the
    collections that run meanwhile only walk them, a sixth of the time Prefect takes to load.
    In a command's own process (one thread: nothing else, such as a test session, shares
    the heap) they are then frozen (:func:`gc.freeze`), so later collections skip them too.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        if threading.active_count() == 1:
            gc.freeze()


@contextlib.contextmanager
def _local_prefect(doing: str, home: Path, *, background: bool) -> Iterator[str]:
    """The background server's URL (started if need be), or a temporary server's."""
    from flows.daemon import use
    from flows.local_server import local_server

    if not background:
        where = "a temporary local Prefect server (it takes a few seconds to start)"
        print(f"{doing} on {where}…", file=sys.stderr, flush=True)
        with local_server(home, port=None, ephemeral=True) as api_url:
            yield api_url
        return
    with use(home, say=_say) as found:
        _say(f"{doing} on dialogplan's background Prefect server (UI: {_ui(found.url)})…")
        yield found.url


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _ui(api_url: str) -> str:
    return api_url.removesuffix("/api")


def _drain_prefect() -> None:
    """Send the logs and events still queued while the temporary server is there to take them.

    Otherwise Prefect tries again at exit, against a server that is gone, for a minute.
    """
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with contextlib.suppress(Exception):
            worker.drain_all(timeout=5)
