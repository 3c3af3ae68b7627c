"""What a CalDAV push decides to change: only the plan's own events, and only what differs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from dialogplan.render import render
from dialogplan.schedule import schedule
from dialogplan.sync import changes, event_content, event_contents, plan_uid_pattern, split_events
from tests.support import ROOT, calendar_files, load_plan

CLIENT = "acme"

channels = st.sampled_from(["linkedin", "facebook-group", "instagram"])
days = st.integers(20270101, 20271231).map(str)
moves = st.sampled_from(["comment", "group-ask", "find-groups", "reply"])
positions = st.integers(1, 9)
#: The UIDs of the plan: one per piece of work, and the positional ones of older versions.
ours = st.one_of(
    st.builds(lambda c, d, m: f"{CLIENT}.{c}.{d}.{m}@dialogplan", channels, days, moves),
    st.builds(
        lambda c, d, m, n: f"{CLIENT}.{c}.{d}.{m}.{n}@dialogplan",
        channels,
        days,
        moves,
        st.integers(2, 9),
    ),
    st.builds(
        lambda c, d, n: f"{CLIENT}.{c}.{d}.{n}@dialogplan", channels, days, st.integers(1, 9)
    ),
)
#: Events a person or another client put into the same calendar, some looking much like ours.
foreign = st.one_of(
    st.builds(lambda c, d: f"acme-north.{c}.{d}.1@dialogplan", channels, days),
    st.builds(lambda c, d, m: f"acme-north.{c}.{d}.{m}@dialogplan", channels, days, moves),
    st.builds(lambda c, d, m: f"{CLIENT}.{c}.{d}.{m}.x@dialogplan", channels, days, moves),
    st.builds(lambda c, d, m: f"{CLIENT}.{c}.{d}.{m}@dialogplan.example", channels, days, moves),
    st.builds(lambda c, d: f"{CLIENT}.{c}.{d}.1@dialogplan.example.org", channels, days),
    st.builds(lambda c, d: f"{CLIENT}.{c}.{d}@dialogplan", channels, days),
    st.text(min_size=1, max_size=20),
).filter(lambda uid: not plan_uid_pattern(CLIENT).fullmatch(uid))
contents = st.sampled_from(["a", "b", "c"])


@given(
    plan=st.dictionaries(ours, contents, max_size=15),
    server_ours=st.dictionaries(ours, contents, max_size=15),
    server_foreign=st.dictionaries(foreign, contents, max_size=8),
)
def test_applying_the_changes_mirrors_the_plan_and_leaves_foreign_events_alone(
    plan: dict[str, str], server_ours: dict[str, str], server_foreign: dict[str, str]
) -> None:
    server = server_ours | server_foreign
    found = changes(plan, server, CLIENT)

    assert not set(found.update + found.delete) & set(server_foreign)
    assert set(found.create).isdisjoint(server)
    assert all(server[uid] != plan[uid] for uid in found.update)
    after = {uid: text for uid, text in server.items() if uid not in found.delete}
    after.update({uid: plan[uid] for uid in found.create + found.update})
    assert after == plan | server_foreign
    assert not changes(plan, after, CLIENT)


def test_each_list_is_sorted_and_names_only_what_differs() -> None:
    a, b, c = (f"{CLIENT}.linkedin.2027010{n}.1@dialogplan" for n in (1, 2, 3))
    found = changes({c: "new", a: "same", b: "text"}, {b: "old", a: "same"}, CLIENT)
    assert (found.create, found.update, found.delete) == ((c,), (b,), ())
    gone = changes({}, {b: "old", a: "same", "dentist@example.org": "x"}, CLIENT)
    assert gone.delete == (a, b)


def test_a_client_name_is_matched_literally() -> None:
    pattern = plan_uid_pattern("a.b")
    assert pattern.fullmatch("a.b.linkedin.20270104.2@dialogplan")
    assert pattern.fullmatch("a.b.linkedin.20270104.comment@dialogplan")
    assert not pattern.fullmatch("axb.linkedin.20270104.2@dialogplan")
    assert not pattern.fullmatch("axb.linkedin.20270104.comment.2@dialogplan")
    assert not pattern.fullmatch("a.b.linkedin.20270104.2@dialogplan\n")


@pytest.mark.parametrize(
    ("uid", "ours"),
    [
        ("wolkenwerk-coaching.linkedin.20270105.comment@dialogplan", True),
        ("wolkenwerk-coaching.facebook-group.20270105.group-ask.2@dialogplan", True),
        ("wolkenwerk-coaching.linkedin.20270105.3@dialogplan", True),  # an older version's
        ("wolkenwerk-coaching-2.linkedin.20270105.comment@dialogplan", False),
        ("wolkenwerk-coaching-2.linkedin.20270105.1@dialogplan", False),
        ("wolkenwerk-coaching.linkedin.20270105.comment@dialogplan.example.org", False),
        ("wolkenwerk-coaching.linkedin.2027015.comment@dialogplan", False),
        ("zahnarzt-2027-01-05@anna.example", False),
    ],
)
def test_the_plan_s_uids_old_and_new_and_nothing_else(uid: str, ours: bool) -> None:
    assert bool(plan_uid_pattern("wolkenwerk-coaching").fullmatch(uid)) is ours


EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
    "UID:acme.linkedin.20270104.1@dialogplan\r\nDTSTAMP:20270101T000000Z\r\n"
    "DTSTART:20270104T090000Z\r\nSUMMARY:Kommentieren\\, kurz\r\nCATEGORIES:LinkedIn,Kommentar\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Kommentieren\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _one(ics: str) -> str:
    (text,) = event_contents(ics).values()
    return text


def test_content_ignores_dtstamp_order_and_line_endings_a_server_may_change() -> None:
    rewritten = (
        EVENT.replace("DTSTAMP:20270101T000000Z", "DTSTAMP:20990101T000000Z")
        .replace(
            "DTSTART:20270104T090000Z\r\nSUMMARY:Kommentieren\\, kurz\r\n",
            "SUMMARY:Kommentieren\\, kurz\r\nDTSTART:20270104T090000Z\r\n",
        )
        .replace("\r\n", "\n")
    )
    assert _one(rewritten) == _one(EVENT)


def test_content_sees_a_changed_text_and_a_changed_reminder() -> None:
    assert _one(EVENT.replace("kurz", "lang")) != _one(EVENT)
    assert _one(EVENT.replace("-PT15M", "-PT30M")) != _one(EVENT)


def test_each_event_of_a_feed_becomes_one_object_with_the_time_zone() -> None:
    strategy = load_plan(ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml")
    entries = render(strategy, schedule(strategy))
    feed = calendar_files(strategy, entries)["calendar.ics"]
    objects = split_events(feed)

    assert sorted(objects) == sorted(entry.uid for entry in entries)
    whole = {str(e["UID"]): event_content(e) for e in Calendar.from_ical(feed).walk("VEVENT")}
    for uid, ics in objects.items():
        single = Calendar.from_ical(ics)
        assert [str(z["TZID"]) for z in single.walk("VTIMEZONE")] == [strategy.timezone]
        assert event_contents(ics) == {uid: whole[uid]}
