"""Scheduled jobs: which quarter comes next, the deployments serve builds, the quarterly run.

Nothing here starts a Prefect server; the flow tests share the session's temporary one.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogplan.quarters import (
    MAX_LEAD_DAYS,
    next_quarter_start,
    planning_days,
    quarter_end,
    quarter_label,
    quarter_strategy,
)
from tests.support import PLANS, ROOT, load_plan

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

WOLKENWERK = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"
LINDENHOF = ROOT / "plans" / "lindenhof-familienbildung" / "strategy.yaml"


def copy_plans(target: Path, *, broken: bool = True) -> Path:
    """The example plans folder, plus a client whose strategy does not validate."""
    shutil.copytree(ROOT / "plans", target)
    if broken:
        (target / "kaputt").mkdir()
        (target / "kaputt" / "strategy.yaml").write_text(
            "client: kaputt\nname: Kaputt\nhours_per_week: viele\n", "utf-8"
        )
    return target


# --- quarters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 18), date(2027, 1, 1)),
        (date(2026, 12, 31), date(2027, 1, 1)),
        (date(2027, 1, 1), date(2027, 4, 1)),
        (date(2027, 3, 31), date(2027, 4, 1)),
        (date(2027, 6, 17), date(2027, 7, 1)),
        (date(2027, 9, 30), date(2027, 10, 1)),
    ],
)
def test_next_quarter_is_the_first_to_begin_after_the_day(day: date, expected: date) -> None:
    """A run looks ahead: on a quarter's first day the next quarter is the one after it."""
    assert next_quarter_start(day) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31)))
def test_no_quarter_begins_between_a_day_and_its_next_quarter(day: date) -> None:
    """The next quarter's first day is after the day, and no other quarter begins in between."""
    start = next_quarter_start(day)
    assert start.day == 1
    assert start.month in (1, 4, 7, 10)
    assert day < start <= day + timedelta(days=92)
    assert next_quarter_start(start - timedelta(days=1)) == start


def test_quarter_label_and_end() -> None:
    """Quarter folders are named like 2027-Q3 and a quarter ends on its last calendar day."""
    assert quarter_label(date(2027, 7, 1)) == "2027-Q3"
    assert quarter_label(date(2027, 12, 31)) == "2027-Q4"
    assert quarter_end(date(2027, 1, 1)) == date(2027, 3, 31)
    assert quarter_end(date(2028, 10, 1)) == date(2028, 12, 31)


@pytest.mark.parametrize("lead_days", range(1, MAX_LEAD_DAYS + 1))
def test_planning_days_lie_exactly_the_lead_before_each_quarter(lead_days: int) -> None:
    """In every year, leap or not, each planning day is exactly the lead before a quarter."""
    for year in (2026, 2027, 2028, 2100):
        for month, day in planning_days(lead_days):
            fire = date(year, month, day)
            assert next_quarter_start(fire) - fire == timedelta(days=lead_days)
    assert len(planning_days(lead_days)) == 4


@pytest.mark.parametrize("lead_days", [0, MAX_LEAD_DAYS + 1, -3])
def test_planning_days_refuse_a_lead_no_yearly_schedule_can_name(lead_days: int) -> None:
    """A lead outside 1–31 days is refused instead of firing on the wrong day in leap years."""
    with pytest.raises(ValueError, match="lead_days"):
        planning_days(lead_days)


def test_quarter_strategy_plans_exactly_the_quarter() -> None:
    """The quarter's plan covers that quarter only, whatever horizon the strategy has."""
    strategy = load_plan(ROOT / "plans" / "harbourline-advisory" / "strategy.yaml")
    planned = quarter_strategy(strategy, date(2027, 10, 1))
    assert planned is not None
    assert (planned.start, planned.last_day) == (date(2027, 10, 1), date(2027, 12, 31))
    assert planned.channels == strategy.channels
    assert planned.client == strategy.client


def test_quarter_strategy_waits_for_the_team_s_own_start() -> None:
    """Nothing is planned before the strategy's start, and a later start skips the quarter."""
    strategy = load_plan(WOLKENWERK)  # starts on 2027-01-04
    planned = quarter_strategy(strategy, date(2027, 1, 1))
    assert planned is not None
    assert planned.start == date(2027, 1, 4)
    assert quarter_strategy(strategy, date(2026, 10, 1)) is None


def test_new_channels_listen_only_once() -> None:
    """A channel marked new keeps its listening weeks in its first quarter, not in later ones."""
    strategy = load_plan(LINDENHOF)  # starts on 2027-04-05 with new channels
    first = quarter_strategy(strategy, date(2027, 4, 1))
    later = quarter_strategy(strategy, date(2027, 7, 1))
    assert first is not None
    assert later is not None
    new = [name for name, plan in strategy.channels.items() if plan.new]
    assert new
    assert all(first.channels[name].new for name in new)
    assert not any(plan.new for plan in later.channels.values())


# --- the quarterly run, without Prefect ---------------------------------------------------


def test_run_quarter_writes_the_next_quarter_beside_the_current_feed(tmp_path: Path) -> None:
    """The next quarter lands in out/<client>/<YYYY>-Q<n>/ and the current feed is untouched."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import pandas as pd

    from flows.quarter import run_quarter

    current = tmp_path / "out" / "wolkenwerk-coaching" / "calendar.ics"
    current.parent.mkdir(parents=True)
    current.write_bytes(b"the current quarter")
    # Due on 18 March, 06:00 in Berlin: the run plans April to June.
    due = datetime(2027, 3, 18, 6, tzinfo=ZoneInfo("Europe/Berlin"))
    result = run_quarter(WOLKENWERK, tmp_path / "out", due)
    assert (result.status, result.quarter) == ("planned", "2027-Q2")
    assert result.out_dir == tmp_path / "out" / "wolkenwerk-coaching" / "2027-Q2"
    assert current.read_bytes() == b"the current quarter"
    rows = pd.read_csv(result.out_dir / "calendar.csv")
    assert len(rows) == result.entries > 0
    days = pd.to_datetime(rows["start"].str[:10])
    assert days.min() >= pd.Timestamp("2027-04-01")
    assert days.max() <= pd.Timestamp("2027-06-30")
    assert (result.out_dir / "report.html").is_file()
    assert "2027-04-01 – 2027-06-30" in result.markdown


def test_run_quarter_uses_the_client_s_own_day(tmp_path: Path) -> None:
    """A run due late on 31 March in UTC is already 1 April in Sydney: plan July, not April."""
    from datetime import UTC, datetime

    from flows.quarter import run_quarter

    plans = copy_plans(tmp_path / "plans", broken=False)
    path = plans / "wolkenwerk-coaching" / "strategy.yaml"
    text = path.read_text("utf-8").replace("timezone: Europe/Berlin", "timezone: Australia/Sydney")
    path.write_text(text, "utf-8")
    due = datetime(2027, 3, 31, 20, tzinfo=UTC)
    assert run_quarter(path, tmp_path / "out", due).quarter == "2027-Q3"
    assert run_quarter(WOLKENWERK, tmp_path / "out", due).quarter == "2027-Q2"


def test_run_quarter_before_the_team_starts_writes_nothing(tmp_path: Path) -> None:
    """A quarter that ends before the strategy's start is reported as not started, no files."""
    from datetime import UTC, datetime

    from flows.quarter import run_quarter

    due = datetime(2026, 9, 17, 5, tzinfo=UTC)
    result = run_quarter(WOLKENWERK, tmp_path / "out", due)
    assert (result.status, result.quarter, result.out_dir) == ("not started", "2026-Q4", None)
    assert not (tmp_path / "out").exists()


def test_activity_log_is_found_by_the_folder_convention(tmp_path: Path) -> None:
    """The weekly check uses <client>/activity.csv when the team keeps one, else none."""
    from flows.quarter import activity_log

    path = copy_plans(tmp_path / "plans", broken=False) / "wolkenwerk-coaching" / "strategy.yaml"
    assert activity_log(path) is None
    (path.parent / "activity.csv").write_text("date,channel\n", "utf-8")
    assert activity_log(path) == path.parent / "activity.csv"


# --- the deployments serve builds ----------------------------------------------------------


def schedules(deployment: RunnerDeployment) -> list[tuple[str, str]]:
    """Each schedule of a deployment as its cron expression and time zone."""
    return sorted(
        (str(getattr(s.schedule, "cron", "")), str(getattr(s.schedule, "timezone", "")))
        for s in deployment.schedules or []
    )


def test_quarterly_crons_fire_exactly_the_lead_before_each_quarter() -> None:
    """Two expressions cover the 31-day and the 30-day months before the quarters begin."""
    from flows.serve import quarterly_crons

    assert quarterly_crons(14, 6) == ["0 6 17 6,9 *", "0 6 18 3,12 *"]
    assert quarterly_crons(1, 0) == ["0 0 30 6,9 *", "0 0 31 3,12 *"]
    with pytest.raises(ValueError, match="hour"):
        quarterly_crons(14, 24)


def test_deployments_run_in_each_client_s_time_zone(tmp_path: Path) -> None:
    """Every valid client gets a quarterly and a weekly deployment on its own zone's clock."""
    from flows.serve import scan_clients

    plans = copy_plans(tmp_path / "plans")
    out = tmp_path / "out"
    scan = scan_clients(plans, out, lead_days=10, weekly_cron="30 8 * * 2", quarterly_hour=5)
    assert [jobs.client for jobs in scan.clients] == [p.parent.name for p in PLANS]
    for jobs in scan.clients:
        strategy = load_plan(ROOT / "plans" / jobs.client / "strategy.yaml")
        quarterly, weekly = jobs.deployments
        assert quarterly.name == f"quarterly-{jobs.client}"
        assert weekly.name == f"weekly-check-{jobs.client}"
        assert (quarterly.flow_name, weekly.flow_name) == ("plan-next-quarter", "weekly-check")
        assert quarterly.entrypoint == "flows.quarter.plan_next_quarter"
        assert weekly.entrypoint == "flows.quarter.weekly_check"
        parameters = {
            "strategy_path": str(plans / jobs.client / "strategy.yaml"),
            "out_dir": str(out),
        }
        for deployment in (quarterly, weekly):
            assert deployment.parameters == parameters
            assert jobs.client in deployment.tags
        zone = strategy.timezone
        assert schedules(quarterly) == [("0 5 21 6,9 *", zone), ("0 5 22 3,12 *", zone)]
        assert schedules(weekly) == [("30 8 * * 2", zone)]
    assert {jobs.timezone for jobs in scan.clients} == {"Europe/Berlin", "Europe/London"}


def test_a_broken_client_folder_is_skipped_with_its_problems(tmp_path: Path) -> None:
    """An invalid strategy is reported with file, line and field; the others are served."""
    from flows.serve import scan_clients

    plans = copy_plans(tmp_path / "plans")
    scan = scan_clients(plans, tmp_path / "out")
    assert list(scan.skipped) == [plans / "kaputt"]
    reason = scan.skipped[plans / "kaputt"]
    assert f"{plans / 'kaputt' / 'strategy.yaml'}:3: hours_per_week:" in reason
    assert len(scan.clients) == len(PLANS)


def test_two_folders_with_one_client_name_serve_neither(tmp_path: Path) -> None:
    """A copied folder that still names the same client: neither is scheduled, both are named."""
    from flows.serve import scan_clients

    plans = copy_plans(tmp_path / "plans", broken=False)
    shutil.copytree(plans / "wolkenwerk-coaching", plans / "zz-copy")
    scan = scan_clients(plans, tmp_path / "out")
    assert "wolkenwerk-coaching" not in [jobs.client for jobs in scan.clients]
    assert len(scan.clients) == len(PLANS) - 1
    for folder, other in (("zz-copy", "wolkenwerk-coaching"), ("wolkenwerk-coaching", "zz-copy")):
        reason = scan.skipped[plans / folder]
        assert f"client 'wolkenwerk-coaching' is also claimed by {plans / other}" in reason


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"plans_dir": Path("does-not-exist")}, "is not a folder"),
        ({"lead_days": 45}, "--lead-days must be between 1 and 31"),
        ({"weekly_cron": "every monday"}, "--weekly-cron 'every monday' is not a cron"),
        ({"quarterly_hour": 25}, "between 0 and 23"),
    ],
)
def test_serve_refuses_bad_arguments_before_starting_anything(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    change: dict[str, object],
    message: str,
) -> None:
    """Bad arguments exit with 2 and a message, and no Prefect server is started."""
    from flows import serve

    def no_server(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a server was started")

    monkeypatch.setattr(serve, "local_server", no_server)
    monkeypatch.setattr(serve, "serve_clients", no_server)
    arguments: dict[str, object] = {"plans_dir": ROOT / "plans", "out_dir": tmp_path / "out"}
    arguments.update(change)
    assert serve.run_serve(**arguments) == serve.EXIT_INVALID  # type: ignore[arg-type]
    assert message in capsys.readouterr().err


def test_serve_refuses_a_folder_without_one_valid_client(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With nothing valid to serve, serve lists every problem and exits with 2."""
    from flows import serve

    monkeypatch.setattr(serve, "local_server", None)
    plans = tmp_path / "plans"
    (plans / "kaputt").mkdir(parents=True)
    (plans / "kaputt" / "strategy.yaml").write_text("client: kaputt\n", "utf-8")
    assert serve.run_serve(plans, tmp_path / "out") == serve.EXIT_INVALID
    err = capsys.readouterr().err
    assert "kaputt is invalid" in err
    assert "no client in" in err


# --- the scheduled flows, on the session's temporary Prefect server --------------------------


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_next_quarter_for_every_client_fails_a_broken_one_alone(tmp_path: Path) -> None:
    """The all-clients quarterly run plans every valid client and reports the broken one."""
    from flows.quarter import plan_next_quarter_all

    plans = copy_plans(tmp_path / "plans")
    results = plan_next_quarter_all(plans, tmp_path / "out", as_of=date(2027, 6, 20))
    by_client = {r.client: r for r in results}
    assert by_client["kaputt"].status == "failed"
    assert "hours_per_week" in by_client["kaputt"].error
    for strategy_path in PLANS:
        result = by_client[strategy_path.parent.name]
        assert result.status == "planned", result
        assert result.quarter == "2027-Q3"
        assert (tmp_path / "out" / result.client / "2027-Q3" / "calendar.ics").is_file()


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_weekly_check_reads_the_client_s_activity_log(tmp_path: Path) -> None:
    """The weekly check finds <client>/activity.csv itself and writes the report to out/<client>."""
    import asyncio

    from flows.quarter import weekly_check

    plans = copy_plans(tmp_path / "plans", broken=False)
    path = plans / "wolkenwerk-coaching" / "strategy.yaml"
    (path.parent / "activity.csv").write_text(
        "date,channel,move\n2027-01-05,linkedin,ask\n2027-01-05,facebook-group,group-help\n",
        "utf-8",
    )
    result = asyncio.run(weekly_check(path, tmp_path / "out", date(2027, 1, 29)))
    assert result.activity is not None
    assert {f.channel for f in result.findings if f.code == "silent"} == {
        "linkedin",
        "facebook-group",
    }
    assert result.out_dir == tmp_path / "out" / "wolkenwerk-coaching"
    assert (result.out_dir / "report.html").is_file()


def test_start_up_lists_each_deployment_once_with_its_next_run(tmp_path: Path) -> None:
    """Two cron expressions make one line, at the earliest of them, on the client's clock."""
    import asyncio
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from flows.deployments import next_runs, scan_clients
    from flows.serving import next_run_lines

    scan = scan_clients(copy_plans(tmp_path / "plans", broken=False), tmp_path / "out")
    # 1 March 2027 is a Monday; 01:00 in Berlin, so the weekly check still runs that day.
    runs = asyncio.run(next_runs(scan.clients, datetime(2027, 3, 1, 0, tzinfo=UTC)))
    names = [d.name for jobs in scan.clients for d in jobs.deployments]
    assert sorted(run.deployment for run in runs) == sorted(names)
    when = {run.deployment: run.when for run in runs}
    berlin, london = ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/London")
    assert when["quarterly-wolkenwerk-coaching"] == datetime(2027, 3, 18, 6, tzinfo=berlin)
    assert when["quarterly-harbourline-advisory"] == datetime(2027, 3, 18, 6, tzinfo=london)
    assert when["weekly-check-wolkenwerk-coaching"] == datetime(2027, 3, 1, 7, tzinfo=berlin)

    lines = next_run_lines(runs, shown=len(runs))
    assert len(lines) == 1 + len(names)
    for name in names:
        assert sum(line.split()[0] == name for line in lines[1:]) == 1
    assert any(
        line.split()
        == [
            "quarterly-wolkenwerk-coaching",
            "next",
            "run",
            "Thu",
            "2027-03-18",
            "06:00",
            "Europe/Berlin",
        ]
        for line in lines
    )


def test_the_next_quarterly_run_is_the_other_expression_after_summer_time_starts() -> None:
    """A minute after the March run the June one is next, at 06:00 summer time (04:00 UTC)."""
    import asyncio
    from datetime import UTC, datetime

    from flows.deployments import next_runs, scan_clients

    scan = scan_clients(ROOT / "plans", ROOT / "out")
    wolkenwerk = [jobs for jobs in scan.clients if jobs.client == "wolkenwerk-coaching"]
    runs = asyncio.run(next_runs(wolkenwerk, datetime(2027, 3, 18, 5, 1, tzinfo=UTC)))
    weekly, quarterly = runs  # soonest first: the weekly check on Monday 22 March
    assert quarterly.deployment == "quarterly-wolkenwerk-coaching"
    assert weekly.when == datetime(2027, 3, 22, 7, tzinfo=weekly.when.tzinfo)
    assert quarterly.when.astimezone(UTC) == datetime(2027, 6, 17, 4, tzinfo=UTC)
    assert f"{quarterly.when:%Y-%m-%d %H:%M}" == "2027-06-17 06:00"


def test_the_listing_is_capped_and_says_how_many_more() -> None:
    """Dozens of clients do not flood the terminal: the rest are counted, the UI has them."""
    from datetime import UTC, datetime

    from flows.deployments import NextRun
    from flows.serving import next_run_lines

    runs = [
        NextRun(f"weekly-check-c{n:02}", "UTC", datetime(2027, 1, 4, tzinfo=UTC)) for n in range(5)
    ]
    lines = next_run_lines(runs, shown=3)
    assert lines[-1] == "  … and 2 more deployments: see the UI"
    assert [line.split()[0] for line in lines[1:-1]] == [r.deployment for r in runs[:3]]
    assert next_run_lines([]) == []
