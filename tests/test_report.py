"""The health report: heatmap cells that match the plan, marked gaps, findings, no network."""

from __future__ import annotations

import html as html_lib
import itertools
import json
import re
import shutil
import subprocess
from collections.abc import Sequence
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, cast

import pandas as pd
import pytest

from dialogplan.entry import Calendar, Entry, RenderedCalendar
from dialogplan.findings import Finding, Severity
from dialogplan.heatmap import heatmap
from dialogplan.neglect import check_plan
from dialogplan.reality import ActivityCheck, ChannelSeen, WeekTally
from dialogplan.render import render as render_prompts
from dialogplan.report import report_files
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy, parse_strategy
from dialogplan.summary import summarize
from tests.support import calendar_entries

STRATEGY = """
client: kaffeerad
name: Kaffeerad Köln
language: de
timezone: Europe/Berlin
start: 2027-03-01
end: 2027-03-31
hours_per_week: 4
region: DE-NW
goals:
  - id: kontakte
    text: Mit Familien im Veedel ins Gespräch kommen
topics: [Lastenräder im Alltag, Reparieren statt wegwerfen]
audience: Familien in Köln, die das Auto stehen lassen wollen
channels:
  linkedin: {share: 0.5}
  facebook-group: {share: 0.5}
blackout:
  - from: 2027-03-15
    to: 2027-03-19
    reason: Messe in Essen
"""

#: LinkedIn: busy first week, a thin second one, nothing after. Facebook groups: steady.
ENTRIES: list[dict[str, Any]] = [
    {"start": "2027-03-01 08:00", "minutes": 40},
    {"start": "2027-03-03 08:00", "minutes": 30},
    {"start": "2027-03-05 12:00", "minutes": 20},
    {"start": "2027-03-09 08:00", "minutes": 20},
    *({"start": f"2027-03-{day:02d} 19:30", "channel": "facebook-group", "move": "group-help",
       "minutes": 30} for day in (2, 4, 10, 12, 16, 23, 25, 30)),
]  # fmt: skip

MONDAYS = [date(2027, 3, 1) + timedelta(weeks=n) for n in range(5)]


class Page(HTMLParser):
    """Every start tag of a page with its attributes and the class of the table it is in."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.cells: list[tuple[str, dict[str, str]]] = []
        self.rows: list[tuple[str, dict[str, str]]] = []
        self._tables: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        self.tags.append((tag, found))
        if tag == "table":
            self._tables.append(found.get("class", ""))
        elif tag == "td" and self._tables:
            self.cells.append((self._tables[-1], found))
        elif tag == "tr" and self._tables:
            self.rows.append((self._tables[-1], found))

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._tables.pop()

    def heat_cells(self) -> list[dict[str, str]]:
        """The cells of the planned-minutes heatmap."""
        return [
            c
            for table, c in self.cells
            if "heatmap" in table.split() and "done" not in table.split() and "data-week" in c
        ]

    def row_classes(self, table: str) -> dict[str, str]:
        """The class of each channel's row in the table of that class."""
        return {
            attrs["data-channel"]: attrs.get("class", "")
            for classes, attrs in self.rows
            if table in classes.split() and "data-channel" in attrs
        }

    def done_cells(self) -> list[dict[str, str]]:
        """The cells of the planned-versus-done grid."""
        return [c for table, c in self.cells if "done" in table.split() and "data-week" in c]


@pytest.fixture
def plan() -> Strategy:
    """A one-month plan with a blackout week, parsed the way a user's file is."""
    return parse_strategy(STRATEGY, "inline.yaml")


@pytest.fixture
def calendar(plan: Strategy) -> Calendar:
    """A hand-built calendar whose weekly minutes are known."""
    return calendar_entries(plan, ENTRIES)


def build_calendar(strategy: Strategy) -> RenderedCalendar:
    """The calendar the pipeline plans for a strategy."""
    return render_prompts(strategy, schedule(strategy))


def gap(channel: str, start: date, end: date, *, declared: bool = False) -> Finding:
    """A plan gap finding as the checks would report it."""
    return Finding(
        "gap",
        Severity.WARNING if declared else Severity.ERROR,
        channel,
        start,
        end,
        f"{channel} stays silent from {start} to {end}",
        f"Give {channel} a slot between {start} and {end}.",
        declared=declared,
    )


def render(
    plan: Strategy,
    calendar: Sequence[Entry],
    findings: list[Finding] | None = None,
    activity: ActivityCheck | None = None,
) -> tuple[str, str]:
    """The HTML and markdown report as text."""
    files = report_files(plan, calendar, findings or [], summarize(plan, calendar), activity)
    assert sorted(files) == ["report.html", "report.md"]
    return files["report.html"].decode("utf-8"), files["report.md"].decode("utf-8")


def activity_check(plan: Strategy) -> ActivityCheck:
    """A reality check two weeks in: LinkedIn kept half its plan, the groups went silent."""
    weekly = (
        WeekTally("linkedin", date(2027, 3, 1), 3, 90, 2, 45),
        WeekTally("linkedin", date(2027, 3, 8), 1, 20, 0, 0),
        WeekTally("facebook-group", date(2027, 3, 1), 2, 60, 2, 60),
        WeekTally("facebook-group", date(2027, 3, 8), 2, 60, 0, 0),
    )
    last_seen = (
        ChannelSeen("linkedin", date(2027, 3, 5), 9, 7),
        ChannelSeen("facebook-group", date(2027, 3, 4), 10, 7),
    )
    silent = Finding(
        "silent",
        Severity.ERROR,
        "facebook-group",
        date(2027, 3, 5),
        date(2027, 3, 14),
        "Facebook-Gruppen: nothing logged since 2027-03-04, 10 days of silence",
        "Post a question in the group this week.",
    )
    return ActivityCheck(date(2027, 3, 14), weekly, last_seen, [silent])


def mondays(frame: pd.DataFrame) -> list[date]:
    """The heatmap's columns, checked to be plain dates."""
    weeks = list(frame.columns)
    assert all(isinstance(w, date) for w in weeks)
    return cast("list[date]", weeks)


def by_week(calendar: Sequence[Entry]) -> dict[tuple[str, date], int]:
    """Minutes per channel and ISO week, counted independently of the report code."""
    totals: dict[tuple[str, date], int] = {}
    for entry in calendar:
        year, week, _ = entry.start.isocalendar()
        key = (entry.channel, date.fromisocalendar(year, week, 1))
        totals[key] = totals.get(key, 0) + entry.minutes
    return totals


def test_report_renders_for_every_example(example: Strategy) -> None:
    """Every example plan gets a report whose heatmap cells add up to its calendar."""
    calendar = build_calendar(example)
    channel = next(iter(example.channels))
    findings = [
        *check_plan(example, calendar),
        gap(channel, example.start + timedelta(days=20), example.start + timedelta(days=29)),
        Finding("unused-topic", Severity.INFO, "", None, None, "Topic never used", "Drop it."),
    ]
    html, markdown = render(example, calendar, findings)
    page = Page(html)
    cells = page.heat_cells()
    weeks = heatmap(example, calendar).shape[1]
    assert len(cells) == len(example.channels) * weeks
    assert sum(int(c["data-minutes"]) for c in cells) == sum(e.minutes for e in calendar)
    assert {c["data-channel"] for c in cells} == set(example.channels)
    assert list(page.row_classes("heatmap")) == list(example.channels)
    assert "Topic never used" in html
    assert "Topic never used" in markdown


def test_heatmap_sums_minutes_per_channel_and_week(example: Strategy) -> None:
    """The heatmap frame holds each channel's planned minutes per ISO week, zero elsewhere."""
    calendar = build_calendar(example)
    frame = heatmap(example, calendar)
    assert list(frame.index) == list(example.channels)
    weeks = mondays(frame)
    assert weeks[0] == example.start - timedelta(days=example.start.weekday())
    assert weeks[-1] <= example.last_day < weeks[-1] + timedelta(days=7)
    assert all(b - a == timedelta(days=7) for a, b in itertools.pairwise(weeks))
    expected = by_week(calendar)
    for channel in frame.index:
        for week in weeks:
            assert frame.at[channel, week] == expected.get((str(channel), week), 0)


def test_heatmap_of_an_empty_calendar_is_all_zeros(plan: Strategy) -> None:
    """A plan with nothing in it still gets every channel and week, each at zero."""
    frame = heatmap(plan, ())
    assert frame.shape == (2, 5)
    assert int(frame.to_numpy().sum()) == 0


def test_html_heatmap_cells_match_the_plan(plan: Strategy, calendar: Calendar) -> None:
    """Each cell names its channel, its week's Monday and exactly the minutes planned then."""
    page = Page(render(plan, calendar)[0])
    cells = {(c["data-channel"], c["data-week"]): int(c["data-minutes"]) for c in page.heat_cells()}
    frame = heatmap(plan, calendar)
    assert cells == {
        (str(channel), week.isoformat()): minutes
        for channel, row in zip(frame.index, frame.to_numpy().tolist(), strict=True)
        for week, minutes in zip(mondays(frame), row, strict=True)
    }
    assert cells[("linkedin", "2027-03-01")] == 90
    assert cells[("linkedin", "2027-03-08")] == 20
    assert cells[("facebook-group", "2027-03-29")] == 30


def test_cells_say_their_numbers_in_words(plan: Strategy, calendar: Calendar) -> None:
    """Tooltips name channel label, week and minutes, so colour is never the only cue."""
    html = render(plan, calendar)[0]
    titles = {(c["data-channel"], c["data-week"]): c["title"] for c in Page(html).heat_cells()}
    assert titles[("linkedin", "2027-03-01")].startswith("LinkedIn, week of 2027-03-01: 90 min")
    assert titles[("facebook-group", "2027-03-15")].startswith("Facebook-Gruppen, week of")
    assert "Messe in Essen" in titles[("facebook-group", "2027-03-15")]


def test_empty_thin_and_busy_weeks_look_different(plan: Strategy, calendar: Calendar) -> None:
    """Nothing planned, under half the minimum and well above it get their own classes."""
    page = Page(render(plan, calendar)[0])
    classes = {(c["data-channel"], c["data-week"]): c["class"].split() for c in page.heat_cells()}
    # LinkedIn needs 60 minutes a week: 90 is at the minimum, 20 is under half, 0 is empty.
    assert "l3" in classes[("linkedin", "2027-03-01")]
    assert "l1" in classes[("linkedin", "2027-03-08")]
    for week in ("2027-03-15", "2027-03-22", "2027-03-29"):
        assert "l0" in classes[("linkedin", week)]
    assert not any("l0" in classes[("facebook-group", w.isoformat())] for w in MONDAYS)


def test_the_last_partial_week_is_held_against_a_share_of_the_minimum(
    plan: Strategy, calendar: Calendar
) -> None:
    """30 minutes in the plan's last three days keep a channel that needs 45 a week alive."""
    page = Page(render(plan, calendar)[0])
    (cell,) = [
        c for c in page.heat_cells() if (c["data-channel"], c["data-week"]) == ("facebook-group",
                                                                              "2027-03-29")
    ]  # fmt: skip
    assert "l3" in cell["class"].split()
    assert "3 of 7 days in the plan" in cell["title"]


def test_holiday_and_blackout_weeks_are_marked(plan: Strategy, calendar: Calendar) -> None:
    """Weeks with a blackout or a public holiday carry a mark and name the reason."""
    page = Page(render(plan, calendar)[0])
    off = {c["data-week"] for c in page.heat_cells() if "off" in c["class"].split()}
    # The blackout, Good Friday (26 March) and Easter Monday (29 March) in North Rhine-Westphalia.
    assert off == {"2027-03-15", "2027-03-22", "2027-03-29"}
    heads = {a["data-week"]: a["title"] for t, a in page.tags if t == "th" and "data-week" in a}
    assert "Messe in Essen" in heads["2027-03-15"]
    assert "(26 Mar)" in heads["2027-03-22"]
    assert "(29 Mar)" in heads["2027-03-29"]


def test_gap_findings_outline_the_weeks_they_cover(plan: Strategy, calendar: Calendar) -> None:
    """A gap outlines each week it touches; a declared gap is marked as declared."""
    findings = [
        gap("linkedin", date(2027, 3, 10), date(2027, 3, 31)),
        gap("facebook-group", date(2027, 3, 13), date(2027, 3, 22), declared=True),
    ]
    page = Page(render(plan, calendar, findings)[0])
    marked = {
        (c["data-channel"], c["data-week"], mark)
        for c in page.heat_cells()
        for mark in ("gap", "gap-declared")
        if mark in c["class"].split()
    }
    assert marked == {
        *(("linkedin", w.isoformat(), "gap") for w in MONDAYS[1:]),
        *(("facebook-group", w.isoformat(), "gap-declared") for w in MONDAYS[1:4]),
    }


def test_the_report_loads_nothing_from_anywhere(plan: Strategy, calendar: Calendar) -> None:
    """One self-contained file: no scripts, no stylesheets, images or fonts by URL, no links."""
    findings = [gap("linkedin", date(2027, 3, 10), date(2027, 3, 31))]
    html = render(plan, calendar, findings, activity_check(plan))[0]
    page = Page(html)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert not any("src" in attrs or "href" in attrs for _, attrs in page.tags)
    assert "url(" not in html
    assert "@import" not in html
    assert "style" in tags


def test_user_text_is_escaped() -> None:
    """Names, topics and goals from the strategy cannot inject markup into the report."""
    attack = "<script>alert(1)</script>"
    text = STRATEGY.replace("Kaffeerad Köln", f"Kaffeerad {attack}").replace(
        "Lastenräder im Alltag", f'"{attack}"'
    )
    plan = parse_strategy(text, "inline.yaml")
    calendar = calendar_entries(plan, [{**e, "topic": plan.topic_titles[0]} for e in ENTRIES])
    finding = Finding(
        "unused-topic", Severity.INFO, "", None, None, f"Topic {plan.topic_titles[0]!r}", attack
    )
    html, markdown = render(plan, calendar, [finding])
    assert attack not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in markdown
    assert not any(tag == "script" for tag, _ in Page(html).tags)


def test_activity_shows_planned_versus_done(plan: Strategy, calendar: Calendar) -> None:
    """With a reality check, each channel and week shows done and planned minutes."""
    check = activity_check(plan)
    html, markdown = render(plan, calendar, [], check)
    page = Page(html)
    done = {
        (c["data-channel"], c["data-week"]): (int(c["data-done"]), int(c["data-planned"]))
        for c in page.done_cells()
    }
    assert done == {
        ("linkedin", "2027-03-01"): (45, 90),
        ("linkedin", "2027-03-08"): (0, 20),
        ("facebook-group", "2027-03-01"): (60, 60),
        ("facebook-group", "2027-03-08"): (0, 60),
    }
    assert "Planned versus done" in html
    assert "45/90" in markdown
    assert "0/60" in markdown


def test_activity_flags_channels_silent_beyond_tolerance(
    plan: Strategy, calendar: Calendar
) -> None:
    """Days since the last activity are shown with the tolerance and flagged when over it."""
    html, markdown = render(plan, calendar, [], activity_check(plan))
    assert Page(html).row_classes("last-seen") == {"linkedin": "over", "facebook-group": "over"}
    assert "over by 3 days" in html
    assert "over by 2 days" in html
    assert "**over by 3 days**" in markdown


def test_a_channel_with_nothing_logged_counts_its_silence_from_the_start(
    plan: Strategy, calendar: Calendar
) -> None:
    """No activity at all reads as "nothing logged"; a week without a tally shows 0/0."""
    check = activity_check(plan)
    check = ActivityCheck(
        check.as_of,
        check.weekly[:3],
        (check.last_seen[0], ChannelSeen("facebook-group", None, 14, 7)),
        [],
    )
    html, markdown = render(plan, calendar, [], check)
    assert "| Facebook-Gruppen | nothing logged | 14 | 7 | **over by 7 days** |" in markdown
    (idle,) = [
        c for c in Page(html).done_cells()
        if (c["data-channel"], c["data-week"]) == ("facebook-group", "2027-03-08")
    ]  # fmt: skip
    assert (idle["data-done"], idle["data-planned"]) == ("0", "0")
    assert "done-idle" in idle["class"].split()


def test_without_activity_there_is_no_reality_section(plan: Strategy, calendar: Calendar) -> None:
    """A plan checked before the quarter shows no planned-versus-done section."""
    html, markdown = render(plan, calendar)
    assert "Planned versus done" not in html
    assert "Planned versus done" not in markdown
    assert not Page(html).done_cells()


def test_activity_findings_are_shown_once(plan: Strategy, calendar: Calendar) -> None:
    """Findings of the reality check appear even when passed both ways, but only once."""
    check = activity_check(plan)
    for findings in ([], check.findings):
        html, markdown = render(plan, calendar, list(findings), check)
        assert html.count("10 days of silence") == 1
        assert markdown.count("10 days of silence") == 1


def test_verdict_counts_findings_by_severity(plan: Strategy, calendar: Calendar) -> None:
    """The first line says how many errors and warnings there are, coloured by the worst."""
    findings = [
        gap("linkedin", date(2027, 3, 10), date(2027, 3, 31)),
        gap("facebook-group", date(2027, 3, 1), date(2027, 3, 9)),
        gap("facebook-group", date(2027, 3, 13), date(2027, 3, 22), declared=True),
    ]
    html, markdown = render(plan, calendar, findings)
    assert '<p class="verdict v-error">' in html
    assert "2 errors, 1 warning" in html
    assert "**2 errors, 1 warning**" in markdown


def test_a_plan_without_findings_reads_healthy(plan: Strategy, calendar: Calendar) -> None:
    """Without errors or warnings the report says the plan is healthy, in green."""
    info = Finding("unused-topic", Severity.INFO, "", None, None, "Topic unused", "Drop it.")
    html, markdown = render(plan, calendar, [info])
    assert "v-ok" in html
    assert "Healthy: every channel is kept alive (1 note)" in html
    assert "Healthy: every channel is kept alive" in markdown


def test_findings_show_channel_period_suggestion_and_declared(
    plan: Strategy, calendar: Calendar
) -> None:
    """Each finding names its channel in the plan's language, its dates and what to do."""
    findings = [gap("facebook-group", date(2027, 3, 13), date(2027, 3, 22), declared=True)]
    html, markdown = render(plan, calendar, findings)
    for text in (html, markdown):
        assert "Facebook-Gruppen" in text
        assert "2027-03-13 – 2027-03-22" in text
        assert "Give facebook-group a slot between 2027-03-13 and 2027-03-22." in text
    assert 'class="declared"' in html
    assert "_declared (holiday or blackout)_" in markdown


def test_many_alike_findings_share_one_card(plan: Strategy, calendar: Calendar) -> None:
    """A gap found every week reads as one card listing all its periods, not a wall of cards."""
    weekly = [
        Finding("gap", Severity.ERROR, "linkedin", w, w + timedelta(days=5), f"silent {w}", "More.")
        for w in MONDAYS[:4]
    ]
    html, markdown = render(plan, calendar, weekly)
    cards = [a for t, a in Page(html).tags if t == "li" and a.get("data-code") == "gap"]
    assert [c["data-count"] for c in cards] == ["4"]
    for w in MONDAYS[1:4]:
        assert f"{w} – {w + timedelta(days=5)}" in html
        assert f"{w} – {w + timedelta(days=5)}" in markdown
    assert 'Errors <span class="count">4</span>' in html


def test_markdown_has_heatmap_findings_and_summary(plan: Strategy, calendar: Calendar) -> None:
    """report.md carries the weekly minutes, the findings and the per-channel summary."""
    findings = [gap("linkedin", date(2027, 3, 10), date(2027, 3, 31))]
    markdown = render(plan, calendar, findings)[1]
    assert "| 2027-03-01 | ▓ 90 | ▓ 60 |  |" in markdown
    assert "| 2027-03-08 | ░ 20 (gap) | ▓ 60 |  |" in markdown
    assert "| 2027-03-15 | ✗ 0 (gap) | ▒ 30 | Messe in Essen (15–19 Mar) |" in markdown
    assert "linkedin stays silent from 2027-03-10 to 2027-03-31" in markdown
    assert "→ Give linkedin a slot between 2027-03-10 and 2027-03-31." in markdown
    assert "| Facebook-Gruppen | 8 | 70 | 45 | 2027-03-02 | 2027-03-30 |" in markdown
    assert "| **All channels** | 12 | 104 | of 240 | | |" in markdown


def test_summary_table_flags_channels_below_their_minimum(
    plan: Strategy, calendar: Calendar
) -> None:
    """The per-channel table shows minutes per week against the minimum, flagged as the check
    flags a thin channel: a flag of the table's own would contradict the findings."""
    html, markdown = render(plan, calendar, list(check_plan(plan, calendar)))
    # LinkedIn: 110 minutes over its open weeks (the fair week left out) is 34 a week, under 60.
    assert Page(html).row_classes("channels") == {"linkedin": "below", "facebook-group": ""}
    assert "| LinkedIn | 4 | 34 ⚠ below minimum | 60 |" in markdown
    assert "| Facebook-Gruppen | 8 | 70 | 45 |" in markdown


def test_long_plans_switch_to_a_compact_heatmap(plan: Strategy) -> None:
    """A year-long plan gets tighter cells; its numbers stay printed (see the phone tests)."""
    long = plan.model_copy(update={"end": date(2027, 12, 31)})
    calendar = calendar_entries(long, ENTRIES)
    page = Page(render(long, calendar)[0])
    tables = [a["class"] for t, a in page.tags if t == "table"]
    assert "heatmap compact" in tables
    assert len(page.heat_cells()) == 2 * 44


def test_the_report_is_byte_identical_on_every_run(example: Strategy) -> None:
    """Same plan, same report: no timestamps, no ordering by chance."""
    calendar = build_calendar(example)
    findings = check_plan(example, calendar)
    summary = summarize(example, calendar)
    first = report_files(example, calendar, findings, summary, None)
    again = report_files(example, calendar, list(reversed(findings)), summary, None)
    assert first == again


# --- the report on a phone ----------------------------------------------------------------

PHONE = 420


def year_long(plan: Strategy) -> str:
    """The report of a year-long plan with activity: the widest grids the report draws."""
    long = plan.model_copy(update={"end": date(2028, 2, 29)})
    calendar = calendar_entries(long, ENTRIES)
    return render(long, calendar, [gap("linkedin", date(2027, 3, 10), date(2027, 3, 31))],
                  activity_check(long))[0]  # fmt: skip


def css_rules(html: str) -> list[tuple[str, str]]:
    """The report's inline style sheet as (selector, declarations), at-rules unwrapped."""
    style = re.search(r"<style>(.*)</style>", html, flags=re.DOTALL)
    assert style is not None
    text = re.sub(r"/\*.*?\*/", "", style.group(1), flags=re.DOTALL)
    return [
        (selector.strip(), body)
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text)
        if not selector.strip().startswith("@")
    ]


def test_every_heatmap_cell_prints_its_minutes(plan: Strategy) -> None:
    """On a phone there is no hover: each cell's number is in the cell, zero and long plans too."""
    html = year_long(plan)
    printed = re.findall(r'data-minutes="(\d+)"[^>]*><span class="n">([^<]*)</span></td>', html)
    assert len(printed) == len(Page(html).heat_cells()) > 2 * 50
    assert all(minutes == text for minutes, text in printed)
    assert any(minutes == "0" for minutes, _ in printed)
    for selector, body in css_rules(html):
        if re.search(r"\.n\b", selector):
            assert not re.search(r"clip|display:\s*none|visibility|font-size:\s*0", body), selector


def test_only_the_grids_scroll_sideways_and_tables_stack(plan: Strategy) -> None:
    """Each scroll box holds a grid; the data tables label every value so they can stack."""
    html = year_long(plan)
    boxes = re.findall(r'<div class="scroll"[^>]*>\s*<table class="([^"]*)"', html)
    assert boxes == ["heatmap compact", "heatmap done"]
    assert html.count('class="scroll"') == len(boxes)
    tables = [a["class"].split() for t, a in Page(html).tags if t == "table"]
    data = [classes for classes in tables if "data" in classes]
    assert len(data) == 2
    assert all("stack" in classes for classes in data)
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, flags=re.DOTALL):
        if "<td" in row and "heatmap" not in row and "data-week" not in row:
            for cell, text in re.findall(r"<td([^>]*)>(.*?)</td>", row, flags=re.DOTALL):
                assert "data-label=" in cell or not text.strip(), cell
    rules = dict(reversed(css_rules(html)))  # the screen's rules, not print's
    # Positioned, so the visually hidden labels inside a wide grid cannot widen the page.
    assert "position: relative" in rules[".scroll"]
    assert "overflow-x: auto" in rules[".scroll"]
    stacking = [body for selector, body in css_rules(html) if ".data.stack tr" in selector]
    assert any("display: block" in body for body in stacking)


def test_nothing_is_set_wider_than_a_phone(plan: Strategy) -> None:
    """No width or min-width in the style sheet or inline styles exceeds a phone's 420 px."""
    html = year_long(plan)
    widths = [
        int(px)
        for prop, px in re.findall(r"(?<![\w-])(min-width|width|flex-basis):\s*(\d+)px", html)
    ]
    assert widths
    assert max(widths) <= PHONE


def phone_probe(html: str, tmp_path: Path) -> dict[str, Any]:
    """Lay the report out at 420 px in headless Chromium; what sticks out, what can't be read."""
    probe = """<script>addEventListener('load', () => {
      const vw = document.documentElement.clientWidth, grid = e => e.closest('.scroll');
      const wide = [...document.querySelectorAll('body *')].filter(e =>
        e.getBoundingClientRect().right > vw + 0.5 && !grid(e))
        .map(e => e.tagName + '.' + e.className);
      const boxes = [...document.querySelectorAll('*')].filter(e =>
        e.scrollWidth > e.clientWidth
        && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX));
      const unread = [...document.querySelectorAll('table.heatmap td[data-week]')].filter(td => {
        const n = td.querySelector('.n') || td, r = n.getBoundingClientRect(),
              c = td.getBoundingClientRect();
        return !n.textContent.trim() || r.width < 4
          || r.left < c.left - .5 || r.right > c.right + .5;
      }).length;
      parent.postMessage(JSON.stringify({vw, page: document.documentElement.scrollWidth, wide,
        boxes: boxes.map(e => e.className), unread}), '*');
    });</script>"""
    (tmp_path / "report.html").write_text(html.replace("</body>", probe + "</body>"), "utf-8")
    (tmp_path / "phone.html").write_text(
        f'<!DOCTYPE html><body style="margin:0"><iframe src="report.html" width="{PHONE}" '
        'height="800"></iframe><script>addEventListener("message", e => {const p = '
        'document.createElement("pre"); p.id = "probe"; p.textContent = e.data; '
        "document.body.append(p);});</script></body>",
        "utf-8",
    )
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium is not None
    dom = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--window-size=800,900", "--virtual-time-budget=3000", "--dump-dom",
         (tmp_path / "phone.html").as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, flags=re.DOTALL)
    assert found is not None, dom[-2000:]
    return cast("dict[str, Any]", json.loads(html_lib.unescape(found.group(1))))


@pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")),
    reason="needs headless Chromium",
)
def test_on_a_phone_only_the_grids_scroll_and_every_number_shows(
    plan: Strategy, tmp_path: Path
) -> None:
    """Laid out by a real browser at 420 px: the page is as wide as the screen, the grids
    scroll in their own boxes, and every cell's number sits visibly inside its cell."""
    result = phone_probe(year_long(plan), tmp_path)
    assert result["vw"] == PHONE
    assert result["page"] == PHONE
    assert result["wide"] == []
    assert result["boxes"] and all(box == "scroll" for box in result["boxes"])
    assert result["unread"] == 0
