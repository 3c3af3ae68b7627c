"""Which entries changed since the last output: SEQUENCE, DTSTAMP and LAST-MODIFIED.

Everything here runs the core without Prefect: the earlier calendar is handed in as bytes.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from dialogplan.entry import RenderedEntry
from dialogplan.revisions import (
    CalendarReadError,
    Revision,
    read_revisions,
    revise,
    revision_moment,
    same_event,
    without_stamps,
)
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import REVISED_AT, ROOT, build, calendar_entries, calendar_files

EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"
LATER = REVISED_AT + timedelta(days=20, hours=3)


def example(*replacements: tuple[str, str]) -> Strategy:
    """The example strategy with some of its lines changed."""
    text = EXAMPLE.read_text("utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    return parse_strategy(text, "strategy.yaml")


def events(ics: bytes) -> dict[str, Any]:
    """The parsed events of a calendar by UID."""
    return {str(e["UID"]): e for e in Calendar.from_ical(ics).walk("VEVENT")}


def raw_events(ics: bytes) -> dict[str, bytes]:
    """Each event's bytes by UID, as the file has them."""
    blocks = re.findall(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", ics, re.DOTALL)
    wrapped = (b"BEGIN:VCALENDAR\r\n" + block + b"END:VCALENDAR\r\n" for block in blocks)
    return {next(iter(read_revisions(w))): block for w, block in zip(wrapped, blocks, strict=True)}


def revised(before: Strategy, after: Strategy) -> tuple[bytes, bytes]:
    """The calendar of ``before`` at REVISED_AT, and of ``after`` at LATER from it."""
    old = build(before).files["calendar.ics"]
    new = build(after, revised_at=LATER, earlier=read_revisions(old)).files["calendar.ics"]
    return old, new


# --- the hours change that made positional UIDs lie --------------------------------------


def test_more_hours_keep_each_uid_on_its_work_and_count_up_only_what_changed() -> None:
    before = example(("hours_per_week: 5", "hours_per_week: 3.5"))
    after = example(("hours_per_week: 5", "hours_per_week: 4"))
    old, new = revised(before, after)
    old_entries = {e.uid: e for e in build(before).entries}
    new_entries = {e.uid: e for e in build(after).entries}
    was, now = events(old), events(new)
    old_raw, new_raw = raw_events(old), raw_events(new)

    both = was.keys() & now.keys()
    assert both and now.keys() - was.keys() and was.keys() - now.keys()
    for uid in both:
        a, b = old_entries[uid], new_entries[uid]
        assert (a.channel, a.start.date(), a.move) == (b.channel, b.start.date(), b.move)
    changed = {
        uid
        for uid in both
        if not same_event(without_stamps(old_raw[uid]), without_stamps(new_raw[uid]))
    }
    assert changed and changed != both
    for uid in both - changed:
        assert new_raw[uid] == old_raw[uid]
    for uid in changed:
        assert now[uid]["SEQUENCE"] == 1
        assert now[uid].decoded("DTSTAMP") == now[uid].decoded("LAST-MODIFIED") == LATER
    for uid in now.keys() - was.keys():
        assert now[uid]["SEQUENCE"] == 0
        assert now[uid].decoded("LAST-MODIFIED") == LATER


def test_a_reworded_topic_keeps_the_uids_and_counts_up_the_entries_about_it() -> None:
    old_title, new_title = "Fehlerkultur im Netz", "Fehler offen zugeben"
    before = example()
    after = example((f"title: {old_title}", f"title: {new_title}"))
    old, new = revised(before, after)
    was, now = events(old), events(new)
    old_raw, new_raw = raw_events(old), raw_events(new)

    assert was.keys() == now.keys()
    about = {e.uid for e in build(after).entries if e.topic == new_title}
    assert about
    for uid, event in now.items():
        if uid in about:
            assert event["SEQUENCE"] == 1
            assert event.decoded("LAST-MODIFIED") == LATER
        elif event["SEQUENCE"] == 0:
            assert new_raw[uid] == old_raw[uid]
            assert event.decoded("LAST-MODIFIED") == REVISED_AT
    # Entries that only refer to the topic elsewhere change too; everything else stays.
    assert sum(event["SEQUENCE"] == 0 for event in now.values()) > len(now) // 2


# --- the rule ------------------------------------------------------------------------------


def test_the_rule_new_unchanged_changed() -> None:
    moment = datetime(2027, 1, 10, 8, tzinfo=UTC)
    body = b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
    assert revise(body, None, moment) == Revision(0, moment, body)
    earlier = Revision(3, moment - timedelta(days=1), body)
    assert revise(body, earlier, moment) == Revision(3, earlier.stamp, body)
    other = body.replace(b"x", b"y")
    assert revise(other, earlier, moment) == Revision(4, moment, other)
    # Never backwards: an earlier copy stamped after this run's moment keeps its stamp.
    ahead = Revision(3, moment + timedelta(days=1), body)
    assert revise(other, ahead, moment) == Revision(4, ahead.stamp, other)


def test_a_moment_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        revise(b"", None, datetime(2027, 1, 1))


@pytest.mark.parametrize(
    ("updated", "expected"),
    [
        (None, datetime(2027, 3, 1, 12, tzinfo=UTC)),
        ("2027-02-01T10:00:00+01:00", datetime(2027, 2, 1, 9, tzinfo=UTC)),
        ("2027-02-01", datetime(2027, 1, 31, 23, tzinfo=UTC)),  # local midnight
        ("2027-06-01", datetime(2027, 3, 1, 12, tzinfo=UTC)),  # the future: the clock
    ],
)
def test_the_revision_moment_is_updated_unless_it_lies_ahead(
    updated: str | None, expected: datetime
) -> None:
    text = EXAMPLE.read_text("utf-8")
    if updated is not None:
        text = text.replace("months: 3", f"months: 3\nupdated: {updated}")
    clock = datetime(2027, 3, 1, 13, 0, 0, 500, tzinfo=ZoneInfo("Europe/Berlin"))
    assert revision_moment(parse_strategy(text, "s.yaml"), clock) == expected


# --- reading an earlier calendar -----------------------------------------------------------


def test_the_same_inputs_and_earlier_output_give_the_same_bytes() -> None:
    strategy = example()
    first = build(strategy).files
    earlier = read_revisions(first["calendar.ics"])
    again = build(strategy, revised_at=LATER, earlier=earlier).files
    assert again == first
    assert build(strategy, revised_at=LATER, earlier=earlier).files == again


def test_a_calendar_written_differently_is_not_taken_for_changed() -> None:
    """Other property order, LF line ends and other folding, as another program writes."""
    strategy = example()
    first = build(strategy).files["calendar.ics"]
    rewritten = Calendar.from_ical(first)
    for event in rewritten.walk("VEVENT"):
        summary = event.pop("SUMMARY")
        event["SUMMARY"] = summary  # now the last property
    text = rewritten.to_ical().replace(b"\r\n", b"\n")
    earlier = read_revisions(text)
    assert all(not r.body.startswith(b"BEGIN:VEVENT\r\n") for r in earlier.values())
    assert build(strategy, revised_at=LATER, earlier=earlier).files["calendar.ics"] == first


@pytest.mark.parametrize(
    "broken",
    [
        b"",
        b"\x00\xff garbage",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20270101T000000Z\r\n",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:gestern\r\nEND:VEVENT\r\n"
            b"END:VCALENDAR\r\n"
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20270101T000000Z\r\n"
            b"SEQUENCE:-1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ],
    ids=["empty", "binary", "truncated", "no uid", "bad stamp", "bad sequence"],
)
def test_a_broken_calendar_is_refused(broken: bytes) -> None:
    with pytest.raises(CalendarReadError):
        read_revisions(broken)


def test_a_folded_uid_and_a_server_s_last_modified_are_read() -> None:
    uid = "x" * 90 + "@dialogplan"
    ics = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid[:70]}\r\n {uid[70:]}\r\nDTSTAMP:20270105T000000Z\r\n"
        "LAST-MODIFIED:20270101T101010Z\r\nSEQUENCE:7\r\nSUMMARY:a\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    (found,) = read_revisions(ics).items()
    assert found[0] == uid
    assert (found[1].sequence, found[1].stamp) == (7, datetime(2027, 1, 1, 10, 10, 10, tzinfo=UTC))
    assert b"STAMP" not in found[1].body and b"SEQUENCE" not in found[1].body


# --- stamps over many revisions ------------------------------------------------------------

PLAN = example()
ENTRIES = calendar_entries(
    PLAN,
    [
        {"start": f"2027-03-{22 + n // 2} {9 + n % 2 * 5:02}:00", "title": f"Frage {n}"}
        for n in range(6)
    ],
)


def _edited(titles: list[int]) -> tuple[RenderedEntry, ...]:
    return tuple(
        dataclasses.replace(e, title=f"{e.title} v{t}")
        for e, t in zip(ENTRIES, titles, strict=True)
    )


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3 * 365 * 24 * 3600),
            st.lists(st.integers(0, 2), min_size=len(ENTRIES), max_size=len(ENTRIES)),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_stamps_never_lie_ahead_of_the_run_and_never_go_back(
    runs: list[tuple[int, list[int]]],
) -> None:
    earlier: dict[str, Revision] = {}
    latest = datetime.min.replace(tzinfo=UTC)
    for seconds, titles in runs:
        moment = REVISED_AT + timedelta(seconds=seconds)
        latest = max(latest, moment)
        ics = calendar_files(PLAN, _edited(titles), revised_at=moment, earlier=earlier)
        now = read_revisions(ics["calendar.ics"])
        for uid, revision in now.items():
            assert revision.stamp <= latest
            if uid in earlier:
                before = earlier[uid]
                assert revision.stamp >= before.stamp
                assert revision.sequence in {before.sequence, before.sequence + 1}
                assert (revision.sequence == before.sequence) == (revision.body == before.body)
        earlier = now
