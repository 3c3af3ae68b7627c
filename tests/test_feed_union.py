"""The feed people subscribe to once: current and planned quarters, nothing that is over."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo

import icalendar
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogplan.feed_union import union_feed
from dialogplan.quarters import quarter_label, quarter_strategy
from tests.support import ROOT, build, load_plan

BERLIN = ZoneInfo("Europe/Berlin")
HEAD = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n"
    "NAME:{name}\r\nX-WR-CALNAME:{name}\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
)


def feed(name: str, events: list[tuple[str, date]]) -> bytes:
    """A calendar written by hand, as any iCalendar producer could write it."""
    body = "".join(
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:{day:%Y%m%d}T090000\r\n"
        f"DTEND;TZID=Europe/Berlin:{day:%Y%m%d}T093000\r\n"
        f"SUMMARY:{uid}\r\nEND:VEVENT\r\n"
        for uid, day in events
    )
    return (HEAD.format(name=name) + body + "END:VCALENDAR\r\n").encode()


def parsed(ics: bytes) -> tuple[list[str], list[date], int]:
    """UIDs, start days and VTIMEZONE count, as icalendar reads them."""
    calendar = icalendar.Calendar.from_ical(ics)
    events = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    days = [event.decoded("DTSTART").astimezone(BERLIN).date() for event in events]
    return uids, days, len(calendar.walk("VTIMEZONE"))


days_2027 = st.dates(date(2026, 10, 1), date(2028, 3, 31))
sources = st.tuples(
    st.lists(days_2027, max_size=25),
    st.dictionaries(
        st.sampled_from(["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1"]),
        st.lists(days_2027, max_size=15) | st.none(),
        max_size=4,
    ),
)


def quarter_events(label: str, days: list[date], prefix: str) -> list[tuple[str, date]]:
    """A quarter folder only holds its own quarter, as the quarterly run writes it."""
    return [
        (f"{day:%Y%m%d}.{prefix}{n}", day)
        for n, day in enumerate(days)
        if quarter_label(day) == label
    ]


@settings(max_examples=120, deadline=None)
@given(sources, st.datetimes(datetime(2026, 9, 1), datetime(2028, 6, 1), timezones=st.just(UTC)))
def test_union_holds_every_running_quarter_once_and_nothing_that_is_over(
    drawn: tuple[list[date], dict[str, list[date] | None]], now: datetime
) -> None:
    plan_days, quarter_days = drawn
    plan = [(f"{day:%Y%m%d}.{n}", day) for n, day in enumerate(plan_days)]
    quarters = {
        label: None if days is None else quarter_events(label, days, "q")
        for label, days in quarter_days.items()
    }
    if not plan and not quarters:
        plan = [("only", date(2027, 1, 4))]
    current = quarter_label(now.astimezone(BERLIN).date())
    expected: set[str] = set()
    for uid, day in plan:
        label = quarter_label(day)
        if label >= current and label not in quarters:
            expected.add(uid)
    for label, events in quarters.items():
        if label >= current and events is not None:
            expected.update(uid for uid, _ in events)

    data = {k: None if v is None else feed(f"Q {k}", v) for k, v in quarters.items()}
    union = union_feed(feed("Plan", plan), data, now)
    uids, days, timezones = parsed(union.ics)

    assert len(uids) == len(set(uids)) == union.entries
    assert set(uids) == expected
    assert all(quarter_label(day) >= current for day in days)
    assert timezones == 1
    shuffled = dict(reversed(data.items()))
    assert union_feed(feed("Plan", plan), shuffled, now).ics == union.ics


def test_a_planned_quarter_replaces_the_plan_s_own_entries_for_it() -> None:
    """A quarter planned in its own folder is the newer plan: its work is not doubled."""
    plan = [("plan-jan", date(2027, 1, 11)), ("plan-may", date(2027, 5, 3))]
    quarter = [("q2-apr", date(2027, 4, 6))]
    now = datetime(2027, 2, 1, tzinfo=UTC)
    union = union_feed(feed("Plan", plan), {"2027-Q2": feed("Plan Q2", quarter)}, now)
    assert parsed(union.ics)[0] == ["plan-jan", "q2-apr"]
    assert (union.first, union.last, union.name) == (date(2027, 1, 11), date(2027, 4, 6), "Plan Q2")


def test_a_quarter_planned_without_a_channel_drops_the_plan_s_entries_for_it() -> None:
    """A channel left out of the next quarter's plan has nothing in that quarter."""
    plan = [("plan-jan", date(2027, 1, 11)), ("plan-may", date(2027, 5, 3))]
    now = datetime(2027, 2, 1, tzinfo=UTC)
    assert parsed(union_feed(feed("P", plan), {"2027-Q2": None}, now).ics)[0] == ["plan-jan"]


def test_the_quarter_changes_at_local_midnight_of_the_calendar_s_zone() -> None:
    """At 23:30 UTC on 31 March it is already April in Berlin: the first quarter is over."""
    plan = [("march", date(2027, 3, 31)), ("april", date(2027, 4, 1))]
    before = union_feed(feed("P", plan), {}, datetime(2027, 3, 31, 21, 30, tzinfo=UTC))
    after = union_feed(feed("P", plan), {}, datetime(2027, 3, 31, 22, 30, tzinfo=UTC))
    assert parsed(before.ics)[0] == ["march", "april"]
    assert parsed(after.ics)[0] == ["april"]
    assert after.since == datetime(2027, 4, 1, tzinfo=BERLIN)
    assert after.until == datetime(2027, 7, 1, tzinfo=BERLIN)


def test_everything_over_leaves_a_valid_empty_calendar() -> None:
    """A feed whose quarters are all over still parses, so apps empty it instead of erroring."""
    union = union_feed(feed("P", [("old", date(2027, 1, 5))]), {}, datetime(2028, 1, 2, tzinfo=UTC))
    assert (union.entries, union.first, union.last) == (0, None, None)
    assert parsed(union.ics) == ([], [], 1)


@cache
def harbourline() -> tuple[bytes, bytes]:
    """The example consultant's plan (March to August) and its third quarter planned anew."""
    strategy = load_plan(ROOT / "plans" / "harbourline-advisory" / "strategy.yaml")
    q3 = quarter_strategy(strategy, date(2027, 7, 1))
    assert q3 is not None
    return build(strategy).files["calendar.ics"], build(q3).files["calendar.ics"]


def test_real_feeds_make_a_union_other_parsers_read_the_same_way() -> None:
    """The union of a real plan and quarter: byte-stable, one VTIMEZONE, read alike by vobject."""
    plan, q3 = harbourline()
    now = datetime(2027, 5, 20, tzinfo=UTC)
    union = union_feed(plan, {"2027-Q3": q3}, now)
    assert union_feed(plan, {"2027-Q3": q3}, now).ics == union.ics
    uids, days, timezones = parsed(union.ics)
    assert timezones == 1 and len(uids) == len(set(uids)) == union.entries
    q3_uids = set(parsed(q3)[0])
    assert {uid for uid, day in zip(uids, days, strict=True) if day >= date(2027, 7, 1)} == q3_uids
    assert all(date(2027, 4, 1) <= day <= date(2027, 9, 30) for day in days)
    read = vobject.readOne(union.ics.decode())
    assert sorted(str(e.uid.value) for e in read.vevent_list) == sorted(uids)
