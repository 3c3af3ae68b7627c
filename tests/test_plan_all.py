"""Agencies: every client of a folder in one run, a broken one failing alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from dialogplan.catalogue import catalogue
from dialogplan.findings import Severity
from flows.cli import main
from flows.job import STAMP, cache_key, run_client
from tests.generations_support import published
from tests.support import PLANS, ROOT

BROKEN = "client: kaputt\nname: Kaputt GmbH\nlanguage: fr\n"


def agency(folder: Path, *, broken: bool = True) -> Path:
    """A plans folder with every example client, and optionally one broken client."""
    plans = folder / "plans"
    for path in PLANS:
        shutil.copytree(path.parent, plans / path.parent.name)
    if broken:
        (plans / "kaputt").mkdir()
        (plans / "kaputt" / "strategy.yaml").write_text(BROKEN, "utf-8")
    return plans


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below a folder, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_unchanged_client_is_skipped_and_its_files_stay(tmp_path: Path) -> None:
    """A second run over unchanged inputs does no work and leaves every byte in place."""
    plans = agency(tmp_path, broken=False)
    strategy = plans / "wolkenwerk-coaching" / "strategy.yaml"
    first = run_client(strategy, tmp_path / "out")
    before = snapshot(tmp_path / "out")
    again = run_client(strategy, tmp_path / "out")
    assert (first.status, again.status) == ("planned", "unchanged")
    assert again.entries == first.entries
    assert again.findings == first.findings
    assert snapshot(tmp_path / "out") == before


def test_changed_strategy_or_missing_output_is_planned_again(tmp_path: Path) -> None:
    """Editing the strategy, or losing an output file, brings the client back to work."""
    plans = agency(tmp_path, broken=False)
    strategy = plans / "wolkenwerk-coaching" / "strategy.yaml"
    out = tmp_path / "out"
    run_client(strategy, out)
    strategy.write_text(
        strategy.read_text("utf-8").replace("hours_per_week: 5", "hours_per_week: 4")
    )
    assert run_client(strategy, out).status == "planned"
    (out / "wolkenwerk-coaching" / "calendar.ics").unlink()
    assert run_client(strategy, out).status == "planned"
    assert run_client(strategy, out).status == "unchanged"


def test_a_replaced_calendar_is_planned_again_and_its_revisions_continued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The calendar in the folder is an input: a foreign one is not taken for the run's own."""
    plans = agency(tmp_path, broken=False)
    strategy = plans / "wolkenwerk-coaching" / "strategy.yaml"
    calendar = tmp_path / "out" / "wolkenwerk-coaching" / "calendar.ics"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796000000")
    run_client(strategy, tmp_path / "out")
    written = calendar.read_bytes()
    edited = written.replace(b"SEQUENCE:0\r\n", b"SEQUENCE:4\r\n", 1)
    calendar.unlink()  # a published file is a link into the generation: replace, not edit
    calendar.write_bytes(edited)

    assert run_client(strategy, tmp_path / "out").status == "planned"
    assert calendar.read_bytes() == edited  # the same entries: each keeps the revision it had
    assert run_client(strategy, tmp_path / "out").status == "unchanged"


def test_cache_key_covers_templates_activity_log_and_contacts(tmp_path: Path) -> None:
    """A team's templates, activity log and contacts are inputs as much as the strategy."""
    strategy = agency(tmp_path, broken=False) / "wolkenwerk-coaching" / "strategy.yaml"
    log = tmp_path / "activity.csv"
    log.write_text("date,channel\n2027-01-05,linkedin\n", "utf-8")
    plain = cache_key(strategy, {}, None, None)
    assert cache_key(strategy, {"de/ask.j2": "Frag?"}, None, None) != plain
    with_log = cache_key(strategy, {}, log, None)
    assert with_log != plain
    log.write_text("date,channel\n2027-01-06,linkedin\n", "utf-8")
    assert cache_key(strategy, {}, log, None) != with_log
    assert cache_key(strategy, {}, None, None, "a contacts file's digest") != plain


def test_stamp_records_what_the_outputs_were_made_from(tmp_path: Path) -> None:
    """The stamp lists the files it vouches for, so a lost file is noticed."""
    strategy = agency(tmp_path, broken=False) / "lindenhof-familienbildung" / "strategy.yaml"
    run_client(strategy, tmp_path / "out")
    stamp = (tmp_path / "out" / "lindenhof-familienbildung" / STAMP).read_text("utf-8")
    assert '"calendar.ics"' in stamp
    assert '"report.html"' in stamp


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_plan_all_isolates_a_broken_client(tmp_path: Path) -> None:
    """One broken client fails with its reasons; every other client gets its calendars."""
    from flows.plan_all import plan_all

    plans = agency(tmp_path)
    result = plan_all(plans, tmp_path / "out", concurrency=2)
    statuses = {o.client: o.status for o in result.outcomes}
    assert statuses.pop("kaputt") == "failed"
    assert set(statuses.values()) == {"planned"}
    assert len(statuses) == len(PLANS)
    (failed,) = result.failed
    assert "kaputt/strategy.yaml:3: language: 'fr' is not one of 'de' or 'en'" in failed.error
    for client in statuses:
        assert (tmp_path / "out" / client / "calendar.ics").is_file()
    assert not (tmp_path / "out" / "kaputt").exists()
    errors = dict(zip(result.summary()["client"], result.summary()["errors"], strict=True))
    assert errors["tischlerei-falk"] > 0
    assert result.worst() == Severity.ERROR


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_cli_plan_all_summary_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The terminal table names every client; failures and severe findings set the exit code."""
    plans = agency(tmp_path, broken=False)
    shutil.rmtree(plans / "tischlerei-falk")
    out = ["--out", str(tmp_path / "out")]
    assert main(["plan-all", str(plans), *out]) == 0
    printed = capsys.readouterr().out
    assert "wolkenwerk-coaching" in printed
    assert "planned" in printed
    assert main(["plan-all", str(plans), *out, "--fail-on", "warning"]) == 1
    assert "unchanged" in capsys.readouterr().out
    (plans / "kaputt").mkdir()
    (plans / "kaputt" / "strategy.yaml").write_text(BROKEN, "utf-8")
    assert main(["plan-all", str(plans), *out]) == 1
    assert "kaputt failed:" in capsys.readouterr().err


def test_cli_plan_all_needs_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A plans path that is not a folder is invalid input, reported before Prefect starts."""
    assert main(["plan-all", str(tmp_path / "nowhere")]) == 2
    assert "is not a folder of client folders" in capsys.readouterr().err


def test_examples_folder_follows_the_convention() -> None:
    """plans/ is itself an agency folder: one strategy per client folder, named by its slug."""
    for path in PLANS:
        assert path.parent.parent == ROOT / "plans"
        assert f"client: {path.parent.name}\n" in path.read_text("utf-8")


#: A team template that keeps within every limit of a single prompt (steps, sizes) and is
#: still slow; naming the entry's start, no two prompts can share a rendering.
RUNAWAY_TEMPLATE = (
    '{% set s = "x" * 99000 %}{% for i in range(1000) %}'
    "{% set t = s.upper().lower().upper().lower().upper().lower().upper().lower() %}"
    "{% endfor %}{{ topic }} {{ start }}"
)
#: The moves the slow template replaces: together most entries of any plan.
RUNAWAY_MOVES = ("ask", "reply", "comment", "thank", "listen", "connect", "story")


def make_runaway(folder: Path, language: str) -> None:
    """Make the client in ``folder`` slow within every limit: the longest horizon, every
    channel, a full working week, and the slow template as the team's own for its busiest
    moves (in ``folder/mine``). Planned to the end, it would take minutes."""
    strategy = folder / "strategy.yaml"
    data = yaml.safe_load(strategy.read_text("utf-8"))
    data.pop("end", None)
    data.update(months=24, hours_per_week=40, templates="mine", blackout=[], groups={})
    data["channels"] = {name: {} for name in catalogue()}
    strategy.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    (folder / "mine" / language).mkdir(parents=True)
    for move in RUNAWAY_MOVES:
        (folder / "mine" / language / f"{move}.j2").write_text(RUNAWAY_TEMPLATE, "utf-8")


def hostile_agency(folder: Path) -> tuple[Path, Path]:
    """Good clients next to a duplicate slug, a folder without strategy, a dangling link
    and a client whose template never finishes; returns the plans and the output folder."""
    plans = folder / "plans"
    for name in ("wolkenwerk-coaching", "lindenhof-familienbildung", "harbourline-advisory"):
        shutil.copytree(ROOT / "plans" / name, plans / name)
    shutil.copytree(ROOT / "plans" / "harbourline-advisory", plans / "harbourline-copy")
    (plans / "no-strategy").mkdir()
    (plans / "no-strategy" / "notes.txt").write_text("strategy still to come\n", "utf-8")
    (plans / "moved-away").symlink_to(folder / "nowhere")
    runaway = plans / "runaway"
    shutil.copytree(ROOT / "plans" / "tischlerei-falk", runaway)
    strategy = runaway / "strategy.yaml"
    text = strategy.read_text("utf-8").replace("client: tischlerei-falk", "client: runaway")
    strategy.write_text(text, "utf-8")
    make_runaway(runaway, "en" if "language: en" in text else "de")
    return plans, folder / "out"


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_plan_all_reports_every_folder_and_stops_a_runaway_client(tmp_path: Path) -> None:
    """Good clients finish; every other folder fails alone with its reason, none is missing."""
    from flows.generations import publish
    from flows.plan_all import plan_all

    plans, out = hostile_agency(tmp_path)
    published_before = {"calendar.ics": b"187 entries, as subscribed"}
    publish(published_before, out / "harbourline-advisory")
    result = plan_all(plans, out, concurrency=2, time_limit=8, use_cache=False)

    statuses = {o.client: o.status for o in result.outcomes}
    assert statuses == {
        "harbourline-advisory": "failed",
        "harbourline-copy": "failed",
        "lindenhof-familienbildung": "planned",
        "moved-away": "failed",
        "no-strategy": "failed",
        "runaway": "failed",
        "wolkenwerk-coaching": "planned",
    }
    errors = {o.client: o.error for o in result.failed}
    copy = plans / "harbourline-copy" / "strategy.yaml"
    assert (
        f"client 'harbourline-advisory' is also claimed by {copy}" in errors["harbourline-advisory"]
    )
    assert "neither is planned" in errors["harbourline-copy"]
    assert published(out / "harbourline-advisory") == published_before
    assert "has no strategy.yaml" in errors["no-strategy"]
    assert f"is a link to {tmp_path / 'nowhere'}, which does not exist" in errors["moved-away"]
    assert "took longer than 8 s and was stopped" in errors["runaway"]
    assert str(plans / "runaway" / "strategy.yaml") in errors["runaway"]
    assert not (out / "runaway").exists()
    for client in ("wolkenwerk-coaching", "lindenhof-familienbildung"):
        assert "calendar.ics" in published(out / client)
    assert list(result.summary()["client"]) == sorted(statuses)
