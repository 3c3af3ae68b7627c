"""The whole path from a validated strategy to the bytes of every output file.

Every command and flow goes through :func:`build`, so a plan made by ``dialogplan plan``,
by an agency run or by a quarterly job is the same plan, byte for byte. What comes from
the outside world (the team's templates, its activity log, the check day, the feeds an
earlier run left behind) is read by the caller and passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from dialogplan.activity_log import LoggedActivity
from dialogplan.catalogue import catalogue
from dialogplan.csv_export import calendar_csv, google_csv
from dialogplan.entry import RenderedCalendar
from dialogplan.feeds import calendar_files, empty_feeds
from dialogplan.findings import Finding, sort_findings
from dialogplan.neglect import check_plan
from dialogplan.people_check import NO_PEOPLE, PeopleCheck, check_people
from dialogplan.people_plan import name_people
from dialogplan.reality import ActivityCheck, compare
from dialogplan.render import render
from dialogplan.report import report_files
from dialogplan.revisions import Revisions
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from dialogplan.summary import ChannelSummary, summarize

#: The output files a check alone rewrites; the calendars stay as subscribers know them.
REPORT_FILES = ("report.html", "report.md")


@dataclass(frozen=True, slots=True)
class Outputs:
    """A planned and checked calendar, and every output file's bytes."""

    entries: RenderedCalendar
    findings: list[Finding]
    summary: tuple[ChannelSummary, ...]
    #: With an activity log: planned versus done up to the check day.
    activity: ActivityCheck | None
    #: Channels dropped from the strategy whose earlier feed is now an empty calendar.
    retired: tuple[str, ...]
    #: Every file by its path relative to the output folder, in path order.
    files: dict[str, bytes]
    #: The contacts held against the plan (and the log): per-tier counts, and for the
    #: report only, the people meant.
    people: PeopleCheck = NO_PEOPLE

    def report(self) -> dict[str, bytes]:
        """Only the health report's files."""
        return {name: self.files[name] for name in REPORT_FILES}


def retired_channels(strategy: Strategy, earlier_feeds: Iterable[str]) -> tuple[str, ...]:
    """Channels with a feed from an earlier run that the strategy no longer plans.

    Only catalogue channels count: anything else in the folder is not ours to replace.
    """
    known = set(catalogue())
    return tuple(sorted((set(earlier_feeds) & known) - set(strategy.channels)))


def build(  # noqa: PLR0913 - keyword-only inputs the caller reads from outside the core
    strategy: Strategy,
    overrides: Mapping[str, str] | None = None,
    *,
    log: Sequence[LoggedActivity] | None = None,
    as_of: date | None = None,
    earlier_feeds: Iterable[str] = (),
    revised_at: datetime,
    earlier: Revisions | None = None,
) -> Outputs:
    """Plan, render, check and export one strategy.

    ``log`` is the team's parsed activity log, held against the plan up to ``as_of``;
    ``earlier_feeds`` names the channel feeds already in the output folder, so that feeds
    of channels the strategy dropped are emptied rather than left stale. ``earlier`` holds
    the events of the previous ``calendar.ics``: entries that changed since are stamped
    with ``revised_at`` (:func:`dialogplan.revisions.revision_moment`), the others keep
    their stamps.
    """
    work = schedule_work(strategy)
    entries = render(strategy, name_people(strategy, work), overrides)
    findings = check_plan(strategy, entries)
    activity = None
    if log is not None:
        if as_of is None:
            raise ValueError("an activity log is checked up to a day: pass as_of")
        activity = compare(strategy, entries, log, as_of)
        findings = sort_findings([*findings, *activity.findings])
    people = check_people(strategy, entries, log, as_of, work=work)
    findings = sort_findings([*findings, *people.findings])
    summary = summarize(strategy, entries)
    retired = retired_channels(strategy, earlier_feeds)
    files = calendar_files(strategy, entries, revised_at=revised_at, earlier=earlier)
    files["calendar.csv"] = calendar_csv(entries)
    files["google-calendar.csv"] = google_csv(entries, strategy.language)
    files.update(report_files(strategy, entries, findings, summary, activity, people))
    files.update(empty_feeds(strategy, retired))
    files_in_order = dict(sorted(files.items()))
    return Outputs(entries, findings, summary, activity, retired, files_in_order, people)
