"""Findings about people: counts for Prefect, names for the team's report only."""

from __future__ import annotations

from datetime import date

from dialogplan.activity_log import LoggedActivity
from dialogplan.people_check import check_people
from dialogplan.schedule import schedule_work
from tests.support import ROOT, build, load_plan
from tests.test_people_plan import with_rows

HARBOURLINE = ROOT / "plans" / "harbourline-advisory" / "strategy.yaml"


def test_losing_touch_per_tier_with_what_it_would_take_and_no_name() -> None:
    rows = [f"Close {i},linkedin,,close,2027-02-25,,,," for i in range(12)]
    strategy, calendar = with_rows(rows)
    check = check_people(strategy, calendar, work=schedule_work(strategy))
    (finding,) = [f for f in check.findings if f.code == "losing-touch"]
    assert finding.message.startswith("12 close contacts go longer than the interval")
    # Twelve close contacts every 21 days outgrow the plan's meetings: neither an hour more a
    # week nor a longer interval up to the plan's length keeps them all, so neither is offered.
    # Nor does making all twelve regular, which is tried too.
    assert finding.suggestion.startswith("fewer close contacts on LinkedIn (making them all")
    assert "keep_in_touch" not in finding.suggestion
    assert "Close" not in finding.message + finding.suggestion
    assert [(r.tier, r.contacts, r.losing) for r in check.tiers] == [("close", 12, 12)]
    assert len(check.losing) == 12


def test_long_ago_and_elsewhere_are_counted() -> None:
    strategy, calendar = with_rows(
        ["Old,linkedin,,regular,2026-01-10,,,,", "Away,xing,,loose,,,,,"]
    )
    codes = {f.code: f.message for f in check_people(strategy, calendar).findings}
    assert "1 contact was last in touch more than twice" in codes["out-of-touch"]
    assert codes["contacts-elsewhere"].endswith("(xing 1)")


def test_a_log_with_contacts_finds_people_not_reached_and_overdue() -> None:
    strategy, calendar = with_rows(
        ["Ann,linkedin,,loose,2027-02-25,,,,", "Bo,linkedin,,loose,,,,,"]
    )
    # Bo at once; each again in the last quarter of their 180 days (Ann from July)
    assert [e.contact for e in calendar if e.contact] == ["Bo", "Ann", "Bo"]
    log = [LoggedActivity(1, date(2027, 3, 1), None, "linkedin", "comment", "", "", contact="ann")]
    check = check_people(strategy, calendar, log, date(2027, 8, 31))
    assert [c.name for c in check.not_reached] == ["Ann", "Bo"]  # the log has Ann in March only
    assert [c.name for c in check.overdue] == ["Ann", "Bo"]
    early = check_people(strategy, calendar, log, date(2027, 3, 5))
    assert [c.name for c in early.overdue] == ["Bo"]
    assert {f.code for f in check.findings} >= {"not-reached", "overdue"}
    quiet = check_people(strategy, calendar, [], date(2027, 8, 31))
    assert not quiet.not_reached and not quiet.overdue  # a log without contacts says nothing


def test_the_report_names_people_the_findings_do_not() -> None:
    outputs = build(load_plan(HARBOURLINE))
    report = outputs.files["report.md"].decode()
    assert "## People" in report and "Eleanor Whitcombe (close, LinkedIn)" in report
    people = {c.name for c in load_plan(HARBOURLINE).people}
    text = " ".join(f.message + f.suggestion for f in outputs.findings)
    assert not {name for name in people if name in text}


def test_due_people_the_plan_never_names_lose_touch() -> None:
    """The table's gap between due and planned is people losing touch, named in the report."""
    strategy, _ = with_rows(["Soon,linkedin,,close,,,,,", "Later,linkedin,,400,2027-01-10,,,,"])
    check = check_people(strategy, [])
    assert [c.name for c in check.losing] == ["Soon"]  # due at once; Later is due after the plan
