"""The .ics files: readable by independent parsers, stable across runs, right across DST."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events  # type: ignore[import-untyped]
import vobject  # type: ignore[import-untyped]
from icalendar import Calendar, Timezone, vDuration

from dialogplan.catalogue import catalogue
from dialogplan.colours import CSS3_COLOURS
from dialogplan.csv_export import google_csv
from dialogplan.errors import StrategyError
from dialogplan.feeds import PRODID, empty_feeds
from dialogplan.folding import to_ical
from dialogplan.strategy import Strategy, parse_strategy
from dialogplan.vtimezone import vtimezone_for
from tests.support import calendar_entries, calendar_files

STRATEGY = """
client: kaffeerad
name: Kaffeerad Köln
language: de
timezone: {timezone}
start: {start}
months: {months}
hours_per_week: 4
{updated}
goals:
  - id: kontakte
    text: Mit Familien im Veedel ins Gespräch kommen
topics: [Lastenräder im Alltag, Reparieren statt wegwerfen]
audience: Familien in Köln, die das Auto stehen lassen wollen
channels:
  linkedin: {{share: 0.4}}
  instagram: {{share: 0.4}}
  mastodon: {{share: 0.2}}
"""


def strategy(
    timezone: str = "Europe/Berlin",
    start: str = "2027-03-22",
    months: int = 1,
    updated: str | None = None,
) -> Strategy:
    """A small strategy with three channels, parsed the way a user's file is."""
    text = STRATEGY.format(
        timezone=timezone,
        start=start,
        months=months,
        updated=f"updated: {updated}" if updated else "",
    )
    return parse_strategy(text, "inline.yaml")


DST_ENTRIES: list[dict[str, Any]] = [
    {"start": "2027-03-26 09:00", "uid": "before-dst@dialogplan", "title": "Vor der Umstellung"},
    {"start": "2027-03-29 09:00", "uid": "after-dst@dialogplan", "channel": "instagram"},
    {
        "start": "2027-03-30 17:30",
        "uid": "reply@dialogplan",
        "move": "reply",
        "minutes": 15,
        "follows_up": "before-dst@dialogplan",
    },
]


@pytest.fixture
def files() -> dict[str, bytes]:
    """The .ics files for a plan with entries on both sides of the spring DST change."""
    plan = strategy()
    return calendar_files(plan, calendar_entries(plan, DST_ENTRIES))


def utc_starts_icalendar(ics: bytes) -> dict[str, datetime]:
    cal = Calendar.from_ical(ics)
    return {str(e["UID"]): e.decoded("DTSTART").astimezone(UTC) for e in cal.walk("VEVENT")}


def test_files_are_the_full_calendar_and_one_per_planned_channel(
    files: dict[str, bytes],
) -> None:
    """Every channel of the strategy can be subscribed to on its own, even without entries yet."""
    assert sorted(files) == [
        "calendar.ics",
        "channels/instagram.ics",
        "channels/linkedin.ics",
        "channels/mastodon.ics",
    ]


def test_icalendar_reads_the_local_times_across_dst(files: dict[str, bytes]) -> None:
    """09:00 in Berlin stays 09:00 on both sides of the March clock change (icalendar)."""
    starts = utc_starts_icalendar(files["calendar.ics"])
    assert starts["before-dst@dialogplan"] == datetime(2027, 3, 26, 8, tzinfo=UTC)
    assert starts["after-dst@dialogplan"] == datetime(2027, 3, 29, 7, tzinfo=UTC)


def test_vobject_reads_the_local_times_across_dst(files: dict[str, bytes]) -> None:
    """vobject, which builds the zone from our VTIMEZONE, agrees on the UTC instants."""
    cal = vobject.readOne(files["calendar.ics"].decode("utf-8"))
    starts = {e.uid.value: e.dtstart.value.astimezone(UTC) for e in cal.vevent_list}
    assert starts["before-dst@dialogplan"] == datetime(2027, 3, 26, 8, tzinfo=UTC)
    assert starts["after-dst@dialogplan"] == datetime(2027, 3, 29, 7, tzinfo=UTC)
    assert starts["reply@dialogplan"] == datetime(2027, 3, 30, 15, 30, tzinfo=UTC)


def test_recurring_ical_events_finds_every_entry_at_its_time(files: dict[str, bytes]) -> None:
    """A calendar client's query for the week returns each entry at the right instant."""
    cal = Calendar.from_ical(files["calendar.ics"])
    found = recurring_ical_events.of(cal).between(date(2027, 3, 22), date(2027, 4, 5))
    starts = {str(e["UID"]): e.decoded("DTSTART").astimezone(UTC) for e in found}
    assert starts == {
        "before-dst@dialogplan": datetime(2027, 3, 26, 8, tzinfo=UTC),
        "after-dst@dialogplan": datetime(2027, 3, 29, 7, tzinfo=UTC),
        "reply@dialogplan": datetime(2027, 3, 30, 15, 30, tzinfo=UTC),
    }


def test_event_fields(files: dict[str, bytes]) -> None:
    """Each entry carries title, prompt, channel and move, and a reply points at its post."""
    events = {str(e["UID"]): e for e in Calendar.from_ical(files["calendar.ics"]).walk("VEVENT")}
    first = events["before-dst@dialogplan"]
    assert str(first["SUMMARY"]) == "Vor der Umstellung"
    assert str(first["DESCRIPTION"]).startswith("Frag dein Netzwerk")
    assert first["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert first.decoded("DTEND") - first.decoded("DTSTART") == timedelta(minutes=20)
    assert b"\r\nCATEGORIES:LinkedIn,Frage stellen\r\n" in first.to_ical()
    assert first["SEQUENCE"] == 0
    assert "RELATED-TO" not in first
    assert str(events["reply@dialogplan"]["RELATED-TO"]) == "before-dst@dialogplan"


def linked_files() -> dict[str, bytes]:
    """The DST plan where the reply round also carries on the first post and links a page."""
    plan = strategy()
    calendar = [
        dataclasses.replace(
            entry, continues="after-dst@dialogplan", url="https://example.org/rad?a=1,2;b"
        )
        if entry.uid == "reply@dialogplan"
        else entry
        for entry in calendar_entries(plan, DST_ENTRIES)
    ]
    return calendar_files(plan, calendar)


def test_an_entry_points_to_its_post_and_to_the_work_it_carries_on() -> None:
    """Two RELATED-TO lines (reply's post, carried-on entry) and the link as URL."""
    events = {
        str(e["UID"]): e for e in Calendar.from_ical(linked_files()["calendar.ics"]).walk("VEVENT")
    }
    reply = events["reply@dialogplan"]
    assert [str(uid) for uid in reply["RELATED-TO"]] == [
        "before-dst@dialogplan",
        "after-dst@dialogplan",
    ]
    assert str(reply["URL"]) == "https://example.org/rad?a=1,2;b"
    assert "URL" not in events["before-dst@dialogplan"]
    parsed = vobject.readOne(linked_files()["calendar.ics"].decode("utf-8"))
    found = next(e for e in parsed.vevent_list if e.uid.value == "reply@dialogplan")
    assert sorted(line.value for line in found.contents["related-to"]) == [
        "after-dst@dialogplan",
        "before-dst@dialogplan",
    ]
    assert found.url.value == "https://example.org/rad?a=1,2;b"


def test_linked_events_are_the_bytes_icalendar_writes() -> None:
    """The one-pass folding agrees with icalendar for events with two RELATED-TO and a URL."""
    raw = linked_files()["calendar.ics"]
    for event in Calendar.from_ical(raw).walk("VEVENT"):
        assert to_ical(event) == event.to_ical()
        assert event.to_ical() in raw
    assert b"\r\nRELATED-TO:before-dst@dialogplan\r\nRELATED-TO:after-dst@dialogplan\r\n" in raw
    assert b"\r\nURL:https://example.org/rad?a=1,2;b\r\n" in raw


def test_same_input_gives_the_same_bytes() -> None:
    """A re-exported plan does not make subscribers see duplicated or 'changed' events."""
    plan = strategy()
    assert calendar_files(plan, calendar_entries(plan, DST_ENTRIES)) == calendar_files(
        plan, calendar_entries(plan, DST_ENTRIES)
    )


def test_a_first_export_is_stamped_with_the_revision_moment_in_utc() -> None:
    """DTSTAMP and LAST-MODIFIED say when the plan was revised, passed in, in UTC."""
    plan = strategy()
    moment = datetime(2027, 3, 1, 10, 15, 30, 999, tzinfo=ZoneInfo("Europe/Berlin"))
    entries = calendar_entries(plan, DST_ENTRIES)
    cal = Calendar.from_ical(calendar_files(plan, entries, revised_at=moment)["calendar.ics"])
    for event in cal.walk("VEVENT"):
        assert event["DTSTAMP"].to_ical() == b"20270301T091530Z"
        assert event["LAST-MODIFIED"].to_ical() == b"20270301T091530Z"
        assert event["SEQUENCE"] == 0


def test_calendar_properties(files: dict[str, bytes]) -> None:
    """The feed names itself, its zone and how often to refresh, without a METHOD."""
    ics = files["calendar.ics"]
    cal = Calendar.from_ical(ics)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == PRODID
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["NAME"]) == str(cal["X-WR-CALNAME"]) == "Kaffeerad Köln"
    assert str(cal["X-WR-TIMEZONE"]) == "Europe/Berlin"
    assert "METHOD" not in cal
    assert b"\r\nMETHOD" not in ics


def test_refresh_interval_is_a_typed_duration(files: dict[str, bytes]) -> None:
    """REFRESH-INTERVAL carries VALUE=DURATION as RFC 7986 demands, so clients honour it."""
    assert b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in files["calendar.ics"]


def test_published_ttl_is_a_duration(files: dict[str, bytes]) -> None:
    """X-PUBLISHED-TTL reads back as twelve hours."""
    (line,) = [x for x in files["calendar.ics"].split(b"\r\n") if x.startswith(b"X-PUBLISHED")]
    assert line == b"X-PUBLISHED-TTL:PT12H"
    value = line.split(b":", 1)[1].decode()
    assert vDuration.from_ical(value) == timedelta(hours=12)  # type: ignore[no-untyped-call]


def test_channel_file_holds_only_its_channel(files: dict[str, bytes]) -> None:
    """Subscribing to the Instagram file shows Instagram entries and nothing else."""
    instagram = Calendar.from_ical(files["channels/instagram.ics"])
    assert [str(e["UID"]) for e in instagram.walk("VEVENT")] == ["after-dst@dialogplan"]
    assert str(instagram["X-WR-CALNAME"]) == "Kaffeerad Köln – Instagram"
    linkedin = Calendar.from_ical(files["channels/linkedin.ics"])
    assert sorted(str(e["UID"]) for e in linkedin.walk("VEVENT")) == [
        "before-dst@dialogplan",
        "reply@dialogplan",
    ]
    mastodon = Calendar.from_ical(files["channels/mastodon.ics"])
    assert mastodon.walk("VEVENT") == []
    assert len(mastodon.walk("VTIMEZONE")) == 1


def test_channel_file_events_are_identical_to_the_full_calendar(files: dict[str, bytes]) -> None:
    """Someone subscribed to both files sees the very same event, byte for byte."""
    instagram = files["channels/instagram.ics"]
    begin = instagram.index(b"BEGIN:VEVENT")
    block = instagram[begin : instagram.index(b"END:VEVENT", begin) + len(b"END:VEVENT\r\n")]
    assert b"UID:after-dst@dialogplan\r\n" in block
    assert block in files["calendar.ics"]


def test_lines_are_crlf_and_folded() -> None:
    """Long prompts are folded to 75 octets and every line ends in CRLF, as RFC 5545 asks."""
    plan = strategy()
    prompt = "Erzähl von deinem ersten Lastenrad-Einkauf und frag, was andere erlebt haben. " * 5
    ics = calendar_files(
        plan, calendar_entries(plan, [{"start": "2027-03-23 08:00", "prompt": prompt}])
    )
    raw = ics["calendar.ics"]
    assert raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")
    assert all(b"\n" not in line and len(line) <= 75 for line in lines)
    event = Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(event["DESCRIPTION"]) == prompt


def test_retired_channel_feed_is_an_empty_calendar() -> None:
    """A dropped channel's feed keeps its name and zone but no events, so subscribers see none."""
    plan = strategy()
    feeds = empty_feeds(plan, ["xing"])
    assert sorted(feeds) == ["channels/xing.ics"]
    cal = Calendar.from_ical(feeds["channels/xing.ics"])
    assert cal.walk("VEVENT") == []
    assert len(cal.walk("VTIMEZONE")) == 1
    assert str(cal["X-WR-CALNAME"]) == "Kaffeerad Köln – XING"
    assert vobject.readOne(feeds["channels/xing.ics"].decode("utf-8")).name == "VCALENDAR"


def test_retired_feed_reads_like_a_planned_channel_without_entries() -> None:
    """The emptied feed differs from a planned channel's empty feed only in its name."""
    plan = strategy()
    empty = empty_feeds(plan, ["mastodon"])["channels/mastodon.ics"]
    planned = calendar_files(plan, calendar_entries(plan, DST_ENTRIES))["channels/mastodon.ics"]
    assert empty == planned
    assert empty_feeds(plan, []) == {}


def test_empty_calendar_is_still_a_valid_feed() -> None:
    """A plan with nothing scheduled yet still gives files calendar apps accept."""
    plan = strategy()
    files = calendar_files(plan, calendar_entries(plan, []))
    cal = Calendar.from_ical(files["calendar.ics"])
    assert cal.walk("VEVENT") == []
    assert vobject.readOne(files["calendar.ics"].decode("utf-8")).name == "VCALENDAR"


# --- VTIMEZONE -----------------------------------------------------------------------------


def observances(vtz: Timezone) -> list[tuple[str, str]]:
    """Each sub-component's kind and RRULE, in order."""
    found = []
    for part in vtz.subcomponents:
        rule = part["RRULE"].to_ical() if "RRULE" in part else b""
        found.append((part.name, rule.decode() if isinstance(rule, bytes) else rule))
    return found


@pytest.mark.parametrize(
    ("tzid", "expected"),
    [
        (
            "Europe/Berlin",
            [
                ("DAYLIGHT", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
                ("STANDARD", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
            ],
        ),
        (
            "America/New_York",
            [
                ("DAYLIGHT", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
                ("STANDARD", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
            ],
        ),
        (
            "Australia/Sydney",
            [
                ("STANDARD", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4"),
                ("DAYLIGHT", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"),
            ],
        ),
        ("Asia/Tokyo", [("STANDARD", "")]),
    ],
)
def test_vtimezone_uses_yearly_rules(tzid: str, expected: list[tuple[str, str]]) -> None:
    """Outlook reads the zone from yearly rules; RDATE lists with COMMENT it mis-shifts."""
    vtz = vtimezone_for(tzid, 2026, 2028)
    assert str(vtz["TZID"]) == tzid
    assert observances(vtz) == expected
    raw = vtz.to_ical()
    assert b"COMMENT" not in raw
    assert b"RDATE" not in raw


def test_berlin_observances_in_detail() -> None:
    """Berlin switches at 02:00 CET to CEST and at 03:00 CEST back, with the usual names."""
    daylight, standard = vtimezone_for("Europe/Berlin", 2026, 2027).subcomponents
    assert daylight["DTSTART"].to_ical() == b"20260329T020000"
    assert daylight.decoded("TZOFFSETFROM") == timedelta(hours=1)
    assert daylight.decoded("TZOFFSETTO") == timedelta(hours=2)
    assert str(daylight["TZNAME"]) == "CEST"
    assert standard["DTSTART"].to_ical() == b"20261025T030000"
    assert str(standard["TZNAME"]) == "CET"


def test_tokyo_has_a_single_standard_observance() -> None:
    """A zone without daylight saving time is one STANDARD with equal offsets."""
    (only,) = vtimezone_for("Asia/Tokyo", 2026, 2028).subcomponents
    assert only.name == "STANDARD"
    assert only.decoded("TZOFFSETFROM") == only.decoded("TZOFFSETTO") == timedelta(hours=9)


@pytest.mark.parametrize(
    ("tzid", "first", "last"),
    [
        ("Europe/Berlin", 2027, 2029),
        ("America/New_York", 2027, 2029),
        ("Australia/Sydney", 2027, 2029),
        ("Asia/Tokyo", 2027, 2029),
        ("Europe/Dublin", 2027, 2029),
        ("America/Santiago", 2027, 2029),
        ("Australia/Lord_Howe", 2027, 2029),
        ("Africa/Casablanca", 2027, 2029),
        ("America/New_York", 2006, 2008),  # the US moved its rules in 2007
        ("Australia/Sydney", 2005, 2007),  # a one-off change in 2006
        ("America/Nuuk", 2022, 2024),  # a new standard offset in 2023
    ],
)
def test_vtimezone_matches_the_zone_database_over_the_horizon(
    tzid: str, first: int, last: int
) -> None:
    """Read back on its own, the VTIMEZONE puts every wall-clock hour at the right offset."""
    vtz_bytes = vtimezone_for(tzid, first - 1, last).to_ical()
    (vtz,) = Calendar.from_ical(b"BEGIN:VCALENDAR\r\n" + vtz_bytes + b"END:VCALENDAR\r\n").walk(
        "VTIMEZONE"
    )
    assert isinstance(vtz, Timezone)
    derived = vtz.to_tz(lookup_tzid=False)
    zone = ZoneInfo(tzid)
    at, checked = datetime(first, 1, 1), 0
    while at < datetime(last + 1, 1, 1):
        expected = at.replace(tzinfo=zone).utcoffset()
        if expected == at.replace(tzinfo=zone, fold=1).utcoffset():  # skip gaps and repeats
            assert at.replace(tzinfo=derived).utcoffset() == expected, at
            checked += 1
        at += timedelta(hours=1)
    assert checked > 3 * 365 * 24 - 10


def test_rule_change_inside_the_horizon_ends_the_old_rule() -> None:
    """When a zone changes its rules mid-plan, the old rule stops and the new one takes over."""
    parts = observances(vtimezone_for("America/New_York", 2006, 2008))
    assert parts == [
        ("DAYLIGHT", "FREQ=YEARLY;UNTIL=20060403T070000Z;BYDAY=1SU;BYMONTH=4"),
        ("STANDARD", "FREQ=YEARLY;UNTIL=20061030T060000Z;BYDAY=-1SU;BYMONTH=10"),
        ("DAYLIGHT", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
        ("STANDARD", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
    ]


def test_southern_hemisphere_plan_over_new_year() -> None:
    """A Sydney plan across New Year and the April change keeps local times in every parser."""
    plan = strategy(timezone="Australia/Sydney", start="2027-12-01", months=6)
    entries: list[dict[str, Any]] = [
        {"start": "2027-12-15 10:00", "uid": "summer@dialogplan"},
        {"start": "2028-05-15 10:00", "uid": "winter@dialogplan"},
    ]
    ics = calendar_files(plan, calendar_entries(plan, entries))["calendar.ics"]
    expected = {
        "summer@dialogplan": datetime(2027, 12, 14, 23, tzinfo=UTC),
        "winter@dialogplan": datetime(2028, 5, 15, 0, tzinfo=UTC),
    }
    assert utc_starts_icalendar(ics) == expected
    cal = vobject.readOne(ics.decode("utf-8"))
    assert {e.uid.value: e.dtstart.value.astimezone(UTC) for e in cal.vevent_list} == expected


# --- what calendar apps show beyond the times --------------------------------------------

REMINDERS = STRATEGY.replace(
    "  linkedin: {{share: 0.4}}\n  instagram: {{share: 0.4}}\n  mastodon: {{share: 0.2}}\n",
    "  linkedin: {{share: 0.4}}\n  instagram: {{share: 0.4, reminder: 30}}\n"
    "  mastodon: {{share: 0.2, reminder: false}}\n",
).replace("{updated}", "reminder: 10")

THREE_CHANNELS: list[dict[str, Any]] = [
    {"start": "2027-03-23 08:00", "uid": "li@dialogplan", "title": "Frage: Lastenrad?"},
    {"start": "2027-03-23 12:00", "uid": "ig@dialogplan", "channel": "instagram"},
    {"start": "2027-03-24 09:00", "uid": "md@dialogplan", "channel": "mastodon"},
]


def reminder_files() -> dict[str, bytes]:
    """A plan that reminds 10 minutes ahead, Instagram 30, Mastodon never."""
    text = REMINDERS.format(timezone="Europe/Berlin", start="2027-03-22", months=1)
    plan = parse_strategy(text, "inline.yaml")
    return calendar_files(plan, calendar_entries(plan, THREE_CHANNELS))


def test_reminders_follow_the_strategy_and_each_channel() -> None:
    """A VALARM shows the title the strategy's or the channel's minutes ahead, or not at all."""
    raw = reminder_files()["calendar.ics"]
    events = {str(e["UID"]): e for e in Calendar.from_ical(raw).walk("VEVENT")}
    triggers = {
        uid: [(str(a["ACTION"]), a.decoded("TRIGGER")) for a in e.walk("VALARM")]
        for uid, e in events.items()
    }
    assert triggers == {
        "li@dialogplan": [("DISPLAY", timedelta(minutes=-10))],
        "ig@dialogplan": [("DISPLAY", timedelta(minutes=-30))],
        "md@dialogplan": [],
    }
    (alarm,) = events["li@dialogplan"].walk("VALARM")
    assert str(alarm["DESCRIPTION"]) == "Frage: Lastenrad?"
    assert b"\r\nTRIGGER:-PT10M\r\n" in raw
    parsed = vobject.readOne(raw.decode("utf-8"))
    alarms = {
        e.uid.value: [a.trigger.value for a in e.contents.get("valarm", [])]
        for e in parsed.vevent_list
    }
    assert alarms == {
        "li@dialogplan": [timedelta(minutes=-10)],
        "ig@dialogplan": [timedelta(minutes=-30)],
        "md@dialogplan": [],
    }


def test_events_with_alarms_are_still_found_at_their_time() -> None:
    """An alarm changes nothing about when a client's query finds the entry."""
    cal = Calendar.from_ical(reminder_files()["calendar.ics"])
    found = recurring_ical_events.of(cal).between(date(2027, 3, 22), date(2027, 3, 29))
    assert sorted(str(e["UID"]) for e in found) == [
        "ig@dialogplan",
        "li@dialogplan",
        "md@dialogplan",
    ]


def test_no_reminder_unless_asked(files: dict[str, bytes]) -> None:
    """Without 'reminder' nobody gets notifications they did not ask for."""
    assert b"VALARM" not in files["calendar.ics"]


def test_reminder_values_are_checked() -> None:
    """A negative, too long or boolean reminder is refused; 'false' only on a channel."""
    base = STRATEGY.format(timezone="Europe/Berlin", start="2027-03-22", months=1, updated="")
    for bad in ("reminder: -5", "reminder: 10081", "reminder: true", "reminder: false"):
        with pytest.raises(StrategyError, match="reminder"):
            parse_strategy(base + bad + "\n", "inline.yaml")
    assert parse_strategy(base + "reminder: 0\n", "inline.yaml").reminder_of("linkedin") == 0


def test_every_event_has_its_channels_colour() -> None:
    """COLOR is the channel's catalogue colour on every event; a channel feed has it too."""
    files = reminder_files()
    events = Calendar.from_ical(files["calendar.ics"]).walk("VEVENT")
    colours = {str(e["UID"]): str(e["COLOR"]) for e in events}
    assert colours == {
        "li@dialogplan": catalogue()["linkedin"].colour,
        "ig@dialogplan": catalogue()["instagram"].colour,
        "md@dialogplan": catalogue()["mastodon"].colour,
    }
    assert "COLOR" not in Calendar.from_ical(files["calendar.ics"])
    instagram = Calendar.from_ical(files["channels/instagram.ics"])
    assert str(instagram["COLOR"]) == catalogue()["instagram"].colour
    parsed = vobject.readOne(files["channels/instagram.ics"].decode("utf-8"))
    assert parsed.vevent.color.value == catalogue()["instagram"].colour


def test_channel_colours_are_distinct_css3_names() -> None:
    """RFC 7986 takes CSS3 names only, and two channels alike could not be told apart."""
    colours = [spec.colour for spec in catalogue().values()]
    assert len(set(colours)) == len(colours)
    assert set(colours) <= CSS3_COLOURS


def test_privacy_is_the_google_csvs() -> None:
    """CLASS:PRIVATE on every event exactly when Google's CSV marks the rows Private."""
    plan = strategy()
    entries = calendar_entries(plan, DST_ENTRIES)
    rows = list(csv.DictReader(io.StringIO(google_csv(entries).decode("utf-8"))))
    events = Calendar.from_ical(calendar_files(plan, entries)["calendar.ics"]).walk("VEVENT")
    assert {row["Private"] for row in rows} == {"True"}
    assert [str(e["CLASS"]) for e in events] == ["PRIVATE"] * len(rows)


def test_calendar_says_what_it_holds() -> None:
    """DESCRIPTION and X-WR-CALDESC name the team, and a channel feed its channel."""
    files = reminder_files()
    full = vobject.readOne(files["calendar.ics"].decode("utf-8"))
    text = full.description.value
    assert full.contents["x-wr-caldesc"][0].value == text
    assert text.startswith("Social-Media-Arbeit für Kaffeerad Köln, geplant mit dialogplan")
    assert "Instagram" not in text
    instagram = vobject.readOne(files["channels/instagram.ics"].decode("utf-8"))
    assert "Kaffeerad Köln auf Instagram" in instagram.description.value
    assert instagram.contents["x-wr-caldesc"][0].value == instagram.description.value
    assert "DESCRIPTION" in Calendar.from_ical(files["channels/instagram.ics"])
