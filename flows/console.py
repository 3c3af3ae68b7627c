"""What the command line prints about a plan, a check or an agency run: plain text tables.

Kept apart from the argument handling so each command's output reads in one place. Nothing
here imports Prefect at import time: ``validate`` and ``schema`` must stay quick.
"""

# ruff: noqa: T201 - printing for people is what this module is for
from __future__ import annotations

import sys
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dialogplan.dates import format_start
from dialogplan.entry import RenderedEntry
from dialogplan.findings import Finding, Severity, severity_counts
from dialogplan.labels import channel_label
from dialogplan.people_check import TierRow
from dialogplan.prompt_stats import PromptStats
from dialogplan.strategy import Strategy
from dialogplan.summary import HEADINGS, display_rows

if TYPE_CHECKING:
    from flows.check import CheckResult
    from flows.plan import PlanResult
    from flows.plan_all import PlanAllResult
    from flows.push import Pushed

#: Columns a finding's text is wrapped to: a suggestion of 900 characters on one line had
#: writers copy it into an editor to read it (r557, r558 writers).
WIDTH = 100

__all__ = [
    "print_check",
    "print_findings",
    "print_people",
    "print_plan",
    "print_plan_all",
    "print_prompts",
    "print_push",
    "table",
]


def table(headings: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
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


def _horizon(strategy: Strategy) -> str:
    return f"{strategy.name}: {strategy.start} – {strategy.last_day}"


def print_plan(result: PlanResult, strategy: Strategy) -> None:
    """The per-channel summary and the files written, then the plan's findings."""
    print(_horizon(strategy))
    print(table(HEADINGS, display_rows(result.summary)))
    # The folder as the team typed it: an absolute --out stays absolute.
    print(f"\n{len(result.paths)} files in {result.out_dir}/:")
    for path in result.paths:
        print(f"  {path.relative_to(result.out_dir).as_posix()}")
    for name in result.retired:
        print(
            f"note: {name} is no longer in the strategy; channels/{name}.ics is now an empty "
            "calendar, so its subscribers see the old entries disappear"
        )
    print_people(result.people)
    print_findings(result.findings)


def print_people(tiers: Sequence[TierRow]) -> None:
    """The contacts per tier, counts only: the names are in the report."""
    if not tiers:
        return
    total = [
        sum(getattr(row, name) for row in tiers)
        for name in ("contacts", "due", "planned", "losing")
    ]
    print(
        f"\nPeople: {total[0]} contacts, {total[1]} due, {total[2]} planned, "
        f"{total[3]} losing touch (names in the report)"
    )
    rows = [(r.tier, str(r.contacts), str(r.due), str(r.planned), str(r.losing)) for r in tiers]
    print(table(("tier", "contacts", "due", "planned", "losing touch"), rows))


def print_check(result: CheckResult, strategy: Strategy) -> None:
    """When each channel was last active, if a log was given, then the findings."""
    print(_horizon(strategy))
    if result.activity is not None:
        rows = [
            (
                seen.channel,
                str(seen.last) if seen.last is not None else "never",
                str(seen.days_since),
                str(seen.max_silence_days),
            )
            for seen in result.activity.last_seen
        ]
        print(f"\nActivity up to {result.activity.as_of}:")
        print(table(("channel", "last activity", "days since", "tolerated"), rows))
    print_people(result.people)
    print_findings(result.findings)
    print(f"\nReport: {result.out_dir}/report.html")


def _tally(findings: Sequence[Finding]) -> str:
    """How many findings of each severity there are: "1 error, 2 warnings"."""
    counts = severity_counts(findings)
    return ", ".join(
        f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in reversed(Severity) if counts[s]
    )


def _counted(findings: Sequence[Finding]) -> str:
    """How many findings of each severity, said as a sentence: "2 errors and 1 warning"."""
    counts = severity_counts(findings)
    names = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    said = [
        f"{counts[s]} {names[s]}{'s' if counts[s] != 1 else ''}"
        for s in reversed(Severity)
        if counts[s]
    ]
    return " and ".join([", ".join(said[:-1]), said[-1]] if len(said) > 1 else said)


def print_findings(findings: Sequence[Finding]) -> None:
    """A compact table of findings, each followed by what to do about it."""
    if not findings:
        print("\nHealthy: every channel is kept alive.")
        return
    print(f"\nFindings: {_tally(findings)}")
    rows = [
        (str(f.severity), f.code, f.channel or "–", f.period or "–", f.message) for f in findings
    ]
    lines = table(("severity", "code", "channel", "period", "finding"), rows).splitlines()
    print(lines[0])
    for line, finding in zip(lines[1:], findings, strict=True):
        print(line)
        print(_wrapped(finding.suggestion, "  → "))


def print_plan_all(result: PlanAllResult) -> None:
    """One row per client, every failure's reason, and the totals."""
    summary = result.summary()
    rows = [[str(v) for v in row] for row in summary.itertuples(index=False)]
    print(table([str(c) for c in summary.columns], rows))
    for failed in result.failed:
        print(f"\n{failed.client} failed:\n{failed.error}", file=sys.stderr)
    planned = sum(o.status == "planned" for o in result.outcomes)
    unchanged = sum(o.status == "unchanged" for o in result.outcomes)
    print(
        f"\n{len(result.outcomes)} clients: {planned} planned, {unchanged} unchanged, "
        f"{len(result.failed)} failed"
    )


def _wrapped(text: str, first: str, rest: str = "") -> str:
    """``text`` after ``first``, wrapped to :data:`WIDTH` under its own start.

    Each of its lines is a paragraph of its own; a line of a list ("- …") wraps under its
    words, not its dash.
    """
    indent = rest or " " * len(first)
    return "\n".join(
        textwrap.fill(
            line,
            WIDTH,
            initial_indent=first if n == 0 else indent,
            subsequent_indent=indent + ("  " if line.startswith("- ") else ""),
            break_long_words=False,
            break_on_hyphens=False,
        )
        for n, line in enumerate(text.splitlines())
    )


def print_notes(findings: Sequence[Finding]) -> None:
    """A valid plan's warnings and errors, each with what to do, under its ``valid`` line.

    A line says first whose they are: "error thin" right under "ok" read to new users as
    the file being both valid and broken.
    """
    if not findings:
        # Told a line follows with the plan's findings, a writer read its absence as a guess
        # (r480 writer): the plan's clean bill is said too.
        print("  The plan made from it has no warnings or errors.")
    if findings:
        # "valid", then "1 error", left writers unsure whether they had to fix it (r341, r345):
        # the file is valid, an error is the plan's, and the plan is still made.
        errors = any(f.severity == Severity.ERROR for f in findings)
        made = (
            " The plan is still made, but an error means part of it will not work as meant "
            "until it is fixed."
        )
        each = "each with" if len(findings) > 1 else "with"
        print(
            "  The file is fine; these are about the plan made from it: "
            f"{_counted(findings)}, {each} what would change it.{made if errors else ''}"
        )
    for finding in findings:
        print(_wrapped(finding.message, f"  {finding.severity} {finding.code}: ", "    "))
        print(_wrapped(finding.suggestion, "    → "))


def print_prompts(strategy: Strategy, stats: PromptStats, sample: Sequence[RenderedEntry]) -> None:
    """Figures about a plan's prompts, then the sample, each prompt under its heading."""
    print(_horizon(strategy))
    print(stats.to_text())
    if not sample:
        return
    print(f"\nSample: {len(sample)} of {stats.entries} prompts, spread over the plan")
    for entry in sample:
        # The end as the calendar shows it: a 20-minute round read as a 15-minute one.
        when = f"{format_start(entry.start, strategy.language)}–{entry.end:%H:%M}"
        label = channel_label(entry.channel, strategy.language)
        print(f"\n{when} · {label} · {entry.move} · {entry.place or '–'}")
        for line in entry.prompt.splitlines():
            print(f"  {line}".rstrip())


#: How many titles of each kind of change a push names; the rest are counted.
PUSH_SHOWN = 5


def print_push(pushed: Pushed) -> None:
    """Counts of what a push changed (or would change), and the first titles of each kind."""
    found = pushed.changes
    kinds = (("create", found.create), ("update", found.update), ("delete", found.delete))
    if pushed.dry_run:
        counts = ", ".join(f"{len(uids)} to {kind}" for kind, uids in kinds)
        print(f"Dry run, nothing changed at {pushed.url}: {counts}, {pushed.unchanged} unchanged")
    else:
        done = ("created", "updated", "deleted")
        counts = ", ".join(
            f"{len(uids)} {verb}" for (_, uids), verb in zip(kinds, done, strict=True)
        )
        print(f"Pushed to {pushed.url}: {counts}, {pushed.unchanged} unchanged")
    for kind, uids in kinds:
        for uid in uids[:PUSH_SHOWN]:
            print(f"  {kind}: {pushed.titles.get(uid) or uid}")
        if len(uids) > PUSH_SHOWN:
            print(f"  {kind}: … and {len(uids) - PUSH_SHOWN} more")
