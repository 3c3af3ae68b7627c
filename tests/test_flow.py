"""The plan flow and the file layer it writes through.

Flow tests share one temporary Prefect server (the session-scoped ``prefect_harness``); the
file-layer and summary tests at the top need no Prefect at all.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from icalendar import Calendar

from dialogplan.errors import InputError, StrategyError
from dialogplan.neglect import open_weeks
from dialogplan.revisions import read_revisions
from dialogplan.schedule import schedule
from dialogplan.summary import display_rows, summarize, summary_frame
from flows.cli import EXIT_INVALID, EXIT_OK, main
from flows.files import existing_channel_feeds, read_overrides, read_strategy, write_outputs
from flows.revising import run_clock
from tests.generations_support import leftovers, published
from tests.support import REVISED_AT

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"
OUTPUTS = [
    "calendar.csv",
    "calendar.ics",
    "channels/facebook-group.ics",
    "channels/linkedin.ics",
    "google-calendar.csv",
    "report.html",
    "report.md",
]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file readers find below an output folder, by its relative path."""
    return published(folder)


def copy_example(folder: Path, text: str | None = None) -> Path:
    """The example strategy (or a variant of its text) as a file the test may change."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "strategy.yaml"
    path.write_text(text if text is not None else EXAMPLE.read_text("utf-8"), "utf-8")
    return path


# --- the file layer ---------------------------------------------------------------------


def test_write_outputs_creates_folders_and_readable_files(tmp_path: Path) -> None:
    """Outputs land in their subfolders, readable by others (a web server), no temp left."""
    out = tmp_path / "out"
    paths = write_outputs({"a.ics": b"A", "channels/b.ics": b"B"}, out)
    assert paths == [out / "a.ics", out / "channels" / "b.ics"]
    assert snapshot(out) == {"a.ics": b"A", "channels/b.ics": b"B"}
    assert (out / "a.ics").stat().st_mode & stat.S_IROTH
    assert leftovers(out) == []


def test_write_outputs_leaves_unchanged_files_alone(tmp_path: Path) -> None:
    """A file whose bytes did not change keeps its modification time for HTTP caches."""
    write_outputs({"a.ics": b"same", "b.csv": b"old"}, tmp_path)
    os.utime(tmp_path / "a.ics", (1_000_000_000, 1_000_000_000))
    os.utime(tmp_path / "b.csv", (1_000_000_000, 1_000_000_000))
    write_outputs({"a.ics": b"same", "b.csv": b"new"}, tmp_path)
    assert (tmp_path / "a.ics").stat().st_mtime == 1_000_000_000
    assert (tmp_path / "b.csv").stat().st_mtime != 1_000_000_000
    assert (tmp_path / "b.csv").read_bytes() == b"new"


def test_write_outputs_keeps_a_replaced_file_s_permissions(tmp_path: Path) -> None:
    """Replacing a file keeps the permissions someone gave it."""
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_outputs({"calendar.ics": b"new"}, tmp_path)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("name", ["../escape.ics", "/etc/escape.ics", ""])
def test_write_outputs_stays_inside_the_folder(tmp_path: Path, name: str) -> None:
    """An output name can never point outside the output folder."""
    with pytest.raises(ValueError, match="relative path"):
        write_outputs({name: b"x"}, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_read_overrides_collects_templates_by_language_and_move(tmp_path: Path) -> None:
    """Team templates are read relative to the strategy file, keyed like built-in ones."""
    path = copy_example(tmp_path / "plan", EXAMPLE.read_text("utf-8") + "templates: mine\n")
    (tmp_path / "plan" / "mine" / "de").mkdir(parents=True)
    (tmp_path / "plan" / "mine" / "de" / "ask.j2").write_text("Frage: {{ topic }}", "utf-8")
    (tmp_path / "plan" / "mine" / "notes.txt").write_text("not a template", "utf-8")
    strategy = read_strategy(path)
    assert read_overrides(strategy, path) == {"de/ask.j2": "Frage: {{ topic }}"}


def test_read_strategy_rejects_text_that_is_not_utf8(tmp_path: Path) -> None:
    """A strategy saved in another encoding is reported, not misread."""
    path = tmp_path / "strategy.yaml"
    path.write_bytes("name: Müller".encode("latin-1"))
    with pytest.raises(StrategyError, match="not UTF-8"):
        read_strategy(path)


def test_existing_channel_feeds_lists_earlier_channel_files(tmp_path: Path) -> None:
    """The channel feeds of an earlier run are found by channel name."""
    write_outputs(
        {"calendar.ics": b"x", "channels/xing.ics": b"x", "channels/a.txt": b""}, tmp_path
    )
    assert existing_channel_feeds(tmp_path) == {"xing"}
    assert existing_channel_feeds(tmp_path / "missing") == set()


def test_summary_counts_every_planned_channel() -> None:
    """The summary adds up to the calendar and still lists a channel with no entries."""
    strategy = read_strategy(EXAMPLE)
    entries = schedule(strategy)
    summary = summarize(strategy, entries)
    assert [row.channel for row in summary] == list(strategy.channels)
    assert list(summary_frame(summary).columns) == [
        "channel", "entries", "minutes_per_week", "first", "last",
    ]  # fmt: skip
    assert sum(row.entries for row in summary) == len(entries)
    weeks = open_weeks(strategy, "linkedin")  # holidays and blackouts left out, as the check
    linkedin = next(row for row in summary if row.channel == "linkedin")
    own = [entry for entry in entries if entry.channel == "linkedin"]
    assert linkedin.minutes_per_week == round(sum(entry.minutes for entry in own) / weeks)
    assert linkedin.first == min(entry.start for entry in own).date()

    silent = summarize(strategy, [entry for entry in entries if entry.channel != "linkedin"])
    row = next(row for row in silent if row.channel == "linkedin")
    assert (row.entries, row.minutes_per_week, row.first) == (0, 0, None)
    assert display_rows(silent)[0] == ("linkedin (LinkedIn)", "0", "0", "–", "–")


# --- the flow ---------------------------------------------------------------------------


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_plan_flow_writes_every_output_and_an_artifact(tmp_path: Path) -> None:
    """One run writes the iCal feeds, both CSVs, the report, and summary and findings artifacts."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        ArtifactFilterKey,
    )

    from flows.plan import run_plan

    # The example is healthy; two days of silence at most on LinkedIn gives it findings.
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLE.parent, plan)
    text = (plan / "strategy.yaml").read_text("utf-8")
    strict = text.replace("  linkedin:\n", "  linkedin:\n    max_silence_days: 2\n", 1)
    (plan / "strategy.yaml").write_text(strict, "utf-8")
    result = run_plan(plan / "strategy.yaml", tmp_path / "out")
    assert sorted(snapshot(tmp_path / "out")) == OUTPUTS
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in result.paths) == OUTPUTS
    assert [row.channel for row in result.summary] == ["linkedin", "facebook-group"]
    assert all(row.entries > 0 for row in result.summary)

    assert result.flow_run_id is not None
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                key=ArtifactFilterKey(any_=["plan-wolkenwerk-coaching"]),
                flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(result.flow_run_id)]),
            )
        )
        findings = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                key=ArtifactFilterKey(any_=["findings-wolkenwerk-coaching"]),
                flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(result.flow_run_id)]),
            )
        )
    assert len(artifacts) == 1
    assert artifacts[0].type == "markdown"
    assert "| linkedin (LinkedIn) |" in str(artifacts[0].data)
    assert [a.type for a in findings] == ["table"]
    # More posts on LinkedIn also run the topics' questions short.
    assert {f.code for f in result.findings} == {"gap", "few-questions"}
    assert "LinkedIn stays silent" in str(findings[0].data)


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_plan_flow_is_reproducible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Running the same strategy again gives byte-identical files (subscribers see no churn).

    Into a fresh folder, that takes the same clock (``SOURCE_DATE_EPOCH``); into the same
    folder, any clock: no entry changed, so each keeps its stamps.
    """
    from flows.plan import run_plan

    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(REVISED_AT.timestamp())))
    run_plan(EXAMPLE, tmp_path / "first")
    run_plan(EXAMPLE, tmp_path / "second")
    first = snapshot(tmp_path / "first")
    assert first == snapshot(tmp_path / "second")
    assert b"DTSTAMP:20261201T090000Z\r\n" in first["calendar.ics"]
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    run_plan(EXAMPLE, tmp_path / "first")
    assert snapshot(tmp_path / "first") == first


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_a_rerun_after_a_change_counts_up_only_the_changed_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The calendar in the folder is the previous output: changed entries get SEQUENCE+1."""
    from flows.plan import run_plan

    out, text = tmp_path / "out", EXAMPLE.read_text("utf-8")
    path = copy_example(tmp_path / "plan", text)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796000000")  # 2026-11-30T00:53:20Z
    run_plan(path, out)
    before = read_revisions((out / "calendar.ics").read_bytes())

    path.write_text(text.replace("Fehlerkultur im Netz", "Fehler offen zugeben"), "utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1797000000")
    run_plan(path, out)
    written = (out / "calendar.ics").read_bytes()
    after = read_revisions(written)
    assert after.keys() == before.keys()
    changed = {uid for uid in after if after[uid].body != before[uid].body}
    assert changed and len(changed) < len(after)
    later = datetime.fromtimestamp(1797000000, UTC)
    for uid, revision in after.items():
        expected = (1, later) if uid in changed else (0, before[uid].stamp)
        assert (revision.sequence, revision.stamp) == expected

    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    run_plan(path, out)
    assert (out / "calendar.ics").read_bytes() == written


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_a_broken_earlier_calendar_is_replaced_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A half-written or foreign calendar.ics is no reason to stop; its entries count as new."""
    from flows.plan import run_plan

    out = tmp_path / "out"
    out.mkdir()
    (out / "calendar.ics").write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a")
    with caplog.at_level(logging.WARNING):
        run_plan(EXAMPLE, out)
    assert "cannot be read as the earlier calendar" in caplog.text
    revisions = read_revisions((out / "calendar.ics").read_bytes())
    assert {r.sequence for r in revisions.values()} == {0}


def test_source_date_epoch_is_the_run_s_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796000000")
    assert run_clock() == datetime(2026, 11, 30, 0, 53, 20, tzinfo=UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "gestern")
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        run_clock()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    now = run_clock()
    assert now.microsecond == 0
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_failed_runs_leave_earlier_outputs_intact(tmp_path: Path) -> None:
    """A strategy that turns invalid, or a broken template, changes none of the old files."""
    from flows.plan import run_plan

    out = tmp_path / "out"
    text = EXAMPLE.read_text("utf-8")
    path = copy_example(tmp_path / "plan", text)
    run_plan(path, out)
    before = snapshot(out)

    path.write_text(text.replace("hours_per_week: 5", "hours_per_week: viele"), "utf-8")
    with pytest.raises(StrategyError, match="hours_per_week"):
        run_plan(path, out)
    assert snapshot(out) == before

    # A failure after the calendar was scheduled: rendering a team template breaks.
    path.write_text(text + "templates: mine\n", "utf-8")
    template = tmp_path / "plan" / "mine" / "de" / "ask.j2"
    template.parent.mkdir(parents=True)
    template.write_text("{{ no_such_variable }}", "utf-8")
    with pytest.raises(ValueError, match="no_such_variable"):
        run_plan(path, out)
    assert snapshot(out) == before


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_a_dropped_channel_gets_an_empty_feed(tmp_path: Path) -> None:
    """A channel removed from the strategy keeps its feed, now without events."""
    from flows.plan import run_plan

    out = tmp_path / "out"
    text = EXAMPLE.read_text("utf-8")
    path = copy_example(tmp_path / "plan", text)
    run_plan(path, out)
    old = Calendar.from_ical((out / "channels" / "facebook-group.ics").read_bytes())
    assert old.walk("VEVENT")

    fewer = text.split("channels:")[0] + "channels:\n  linkedin:\n    share: 1\n"
    path.write_text(fewer, "utf-8")
    result = run_plan(path, out)
    assert result.retired == ("facebook-group",)
    assert [row.channel for row in result.summary] == ["linkedin"]
    emptied = Calendar.from_ical((out / "channels" / "facebook-group.ics").read_bytes())
    assert emptied.walk("VEVENT") == []
    assert b"facebook-group" not in (out / "calendar.ics").read_bytes()


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_cli_plan_end_to_end(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`dialogplan plan` writes to out/<client> by default and prints the channel summary."""
    monkeypatch.chdir(tmp_path)
    assert main(["plan", str(EXAMPLE)]) == EXIT_OK
    captured = capsys.readouterr()
    assert sorted(snapshot(tmp_path / "out" / "wolkenwerk-coaching")) == OUTPUTS
    lines = captured.out.splitlines()
    header = next(line for line in lines if line.startswith("channel"))
    assert header.split("  ")[0] == "channel"
    assert "minutes/week" in header
    assert any(line.startswith("linkedin ") for line in lines)
    assert any(line.startswith("facebook-group ") for line in lines)
    assert "7 files in out/wolkenwerk-coaching/:" in captured.out
    assert "Starting Prefect" in captured.err


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_cli_plan_reports_a_team_template_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A team template that fails on real entries is reported by file and line, exit 2."""
    path = copy_example(tmp_path / "plan", EXAMPLE.read_text("utf-8") + "templates: mine\n")
    template = tmp_path / "plan" / "mine" / "de" / "ask.j2"
    template.parent.mkdir(parents=True)
    template.write_text("Frage:\n{{ topic | no_such_filter }}\n", "utf-8")
    assert main(["plan", str(path), "--out", str(tmp_path / "out")]) == EXIT_INVALID
    assert f"{template}:2:" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


ACTIVITY = """date,channel,move,note
2027-01-04,linkedin,ask,Frage zu Gruppen
2027-01-05 19:40,facebook-group,group-help,
2027-01-06,linkedin,comment,
"""


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_check_activity_flow_finds_silence_and_writes_the_report(tmp_path: Path) -> None:
    """A weekly check against the log names the channels gone quiet and writes the report."""
    from datetime import date

    from flows.check import run_check

    log = tmp_path / "activity.csv"
    log.write_text(ACTIVITY, "utf-8")
    # The calendars stay as their subscribers know them: a check writes the report only.
    write_outputs({"calendar.ics": b"as subscribed"}, tmp_path / "out")
    result = run_check(EXAMPLE, log, date(2027, 1, 29), tmp_path / "out")
    silent = {f.channel for f in result.findings if f.code == "silent"}
    assert silent == {"linkedin", "facebook-group"}
    assert result.activity is not None
    assert result.activity.as_of == date(2027, 1, 29)
    assert {seen.channel for seen in result.activity.last_seen} == silent
    assert sorted(p.name for p in result.paths) == ["report.html", "report.md"]
    assert sorted(snapshot(tmp_path / "out")) == ["calendar.ics", "report.html", "report.md"]
    assert (tmp_path / "out" / "calendar.ics").read_bytes() == b"as subscribed"
    assert "Planned versus done" in (tmp_path / "out" / "report.html").read_text("utf-8")


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_cli_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check` exits 1 on findings at or above --fail-on and 0 below it, as CI needs."""
    log = tmp_path / "activity.csv"
    log.write_text(ACTIVITY, "utf-8")
    args = ["check", str(EXAMPLE), "--activity", str(log), "--as-of", "2027-01-29"]
    out = ["--out", str(tmp_path / "out")]
    assert main([*args, *out]) == 1
    printed = capsys.readouterr().out
    assert "silent" in printed
    assert "days since" in printed
    assert "→ " in printed
    # Without a log the example is healthy; a dozen close contacts give it warnings only.
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLE.parent, plan)
    rows = "".join(f"Kontakt {i},linkedin,,close,2026-11-20,,,,\n" for i in range(12))
    (plan / "contacts.csv").write_text(
        "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n" + rows, "utf-8"
    )
    text = (plan / "strategy.yaml").read_text("utf-8")
    (plan / "strategy.yaml").write_text(text + "contacts: contacts.csv\n", "utf-8")
    strict = str(plan / "strategy.yaml")
    assert main(["check", str(EXAMPLE), "--fail-on", "warning", *out]) == 0
    assert main(["check", strict, "--fail-on", "error", *out]) == 0
    assert main(["check", strict, "--fail-on", "warning", *out]) == 1


def test_cli_check_reports_bad_log_rows_before_starting_prefect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A log with bad rows is invalid input: exit 2, every row named, nothing written."""
    log = tmp_path / "activity.csv"
    log.write_text("date,channel\n2027-13-01,linkedin\n2027-01-05,linkdin\n", "utf-8")
    out = tmp_path / "out"
    assert main(["check", str(EXAMPLE), "--activity", str(log), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{log}:2: date:" in err
    assert f"{log}:3: channel:" in err
    assert not out.exists()


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.parametrize(
    ("change", "field"),
    [
        (("blackout:\n  - from: 2027-02-15", "blackout:\n  - from: 2026-12-01"), "start"),
        (("months: 3\n", "months: null\n"), "months"),
    ],
    ids=["blacked-out", "months-null"],
)
def test_a_plan_without_entries_never_replaces_the_published_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: tuple[str, str], field: str
) -> None:
    """An empty plan is refused with exit 2 and a located message; the old files stay."""
    text = EXAMPLE.read_text("utf-8")
    path = copy_example(tmp_path / "plan", text)
    out = tmp_path / "out"
    assert main(["plan", str(path), "--out", str(out)]) == EXIT_OK
    before = snapshot(out)
    changed = text.replace(*change).replace("to: 2027-02-19", "to: 2027-12-31")
    assert changed != text
    path.write_text(changed, "utf-8")
    capsys.readouterr()
    assert main(["plan", str(path), "--out", str(out)]) == EXIT_INVALID
    assert f"{path}:" in capsys.readouterr().err
    assert snapshot(out) == before
