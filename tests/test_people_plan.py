"""Named entries: people from the contacts file in the plan's own slots, fairly and on time."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogplan.assignment import assign
from dialogplan.contacts import NO_CONTACTS, Contact, parse_contacts
from dialogplan.dates import duration, monday
from dialogplan.entry import Calendar, Entry
from dialogplan.news import news_kind
from dialogplan.people_plan import (
    EARLY_SHARE,
    INBOX_TOUCH,
    NEWS_DAYS,
    TIER_MOVES,
    name_people,
    news_channels,
    reason,
    touch_moves,
)
from dialogplan.render import render
from dialogplan.schedule import _placed
from dialogplan.strategy import Strategy
from dialogplan.threads import JOINED_MOVES, link
from tests.support import ROOT, load_plan

HARBOURLINE = ROOT / "plans" / "harbourline-advisory" / "strategy.yaml"
FALK = ROOT / "plans" / "tischlerei-falk" / "strategy.yaml"
HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"


@cache
def plain(path: str = str(HARBOURLINE)) -> tuple[Strategy, Calendar]:
    """An example's strategy and its calendar before anyone is named."""
    strategy = load_plan(ROOT / path)
    return strategy, link(strategy, assign(strategy, _placed(strategy)))


def with_rows(rows: list[str], path: str = str(HARBOURLINE)) -> tuple[Strategy, Calendar]:
    """The example with these contact rows, and its named calendar."""
    strategy, calendar = plain(path)
    data = (HEADER + "".join(f"{row}\n" for row in rows)).encode()
    people = parse_contacts(data, "contacts.csv", strategy.keep_in_touch)
    strategy = strategy.with_people(people)
    return strategy, name_people(strategy, calendar)


def day_of(strategy: Strategy, entry: Entry) -> date:
    return entry.start.astimezone(strategy.zone).date()


def named(calendar: Calendar) -> list[Entry]:
    return [e for e in calendar if e.contact]


# --- generated contacts files --------------------------------------------------------------

CHANNELS = ("linkedin", "mastodon", "newsletter", "xing")
NEWS = ("Appointed COO at Nordkai", "Launched her own studio", "Won the design award", "Hiked")


@st.composite
def rows(draw: st.DrawFn) -> list[str]:
    """Up to 25 invented people on planned and unplanned channels, with news and birthdays."""
    count = draw(st.integers(0, 25))
    result = []
    for i in range(count):
        channel = draw(st.sampled_from(CHANNELS))
        tier = draw(st.sampled_from(("close", "regular", "loose", "14", "45")))
        last = draw(st.none() | st.integers(1, 400))
        last_cell = "" if last is None else str(date(2027, 3, 1) - timedelta(days=last))
        news, news_day = "", ""
        if draw(st.booleans()):
            news = draw(st.sampled_from(NEWS))
            news_day = str(date(2027, 3, 1) + timedelta(days=draw(st.integers(-30, 200))))
        birthday = ""
        if draw(st.booleans()):
            day = date(2027, 3, 1) + timedelta(days=draw(st.integers(0, 183)))
            birthday = f"{day.month:02}-{day.day:02}"
        profile = f"https://example.com/in/p{i}"
        result.append(
            f"Person {i},{channel},{profile},{tier},{last_cell},{news},{news_day},{birthday},"
        )
    return result


PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(rows())
def test_named_entries_never_change_a_weeks_minutes(contacts: list[str]) -> None:
    strategy, calendar = with_rows(contacts)
    _, before = plain()
    assert len(calendar) == len(before)
    weeks: Counter[date] = Counter()
    for old, new in zip(before, calendar, strict=True):
        assert (old.uid, old.start, old.end, old.minutes) == (
            new.uid,
            new.start,
            new.end,
            new.minutes,
        )
        assert old.move == new.move or (old.move, new.move) == ("thank", "congratulate")
        weeks[monday(day_of(strategy, new))] += new.minutes
        weeks[monday(day_of(strategy, old))] -= old.minutes
    assert not +weeks and not -weeks


@PROPERTY
@given(rows())
def test_a_congratulation_is_never_more_than_14_days_from_its_news(contacts: list[str]) -> None:
    strategy, calendar = with_rows(contacts)
    by_row = {c.row: c for c in strategy.people}
    congratulated: Counter[int] = Counter()
    for entry in named(calendar):
        contact, day = by_row[entry.contact_row], day_of(strategy, entry)
        why = reason(strategy, contact, entry, day)
        if why == "news":
            assert contact.news is not None
            assert 0 <= (day - contact.news.day).days <= NEWS_DAYS
            assert entry.channel in news_channels(strategy, contact)
            congratulated[contact.row] += 1
        if why == "birthday":
            assert contact.birthday is not None and contact.birthday.in_year(day.year) == day
    assert all(n == 1 for n in congratulated.values())


@PROPERTY
@given(rows())
def test_nobody_touched_early_while_another_due_contact_waits(
    contacts: list[str],
) -> None:
    strategy, calendar = with_rows(contacts)
    people = [c for c in strategy.people if c.channel in strategy.channels]
    last: dict[int, date | None] = {c.row: c.last_contact for c in people}
    turns: Counter[int] = Counter()
    congratulations: set[str] = set()

    def due(c: Contact) -> date:
        """The day the contact's interval runs out (the plan's start at the earliest)."""
        seen = last[c.row]
        return strategy.start if seen is None else max(seen + c.interval, strategy.start)

    _, unnamed = plain()
    # A thank-you that goes back to the team's comments is for whoever answered: it carries a
    # contact who is due as readily as a plain one.
    free = {"", *(e.uid for e in unnamed if e.move in JOINED_MOVES)}
    slots = {
        (c.channel, c.tier): sorted(
            {
                day_of(strategy, e)
                for e in unnamed
                if e.channel == c.channel
                and e.move in touch_moves(c.channel, c.tier)
                and not (e.move not in ("meet", INBOX_TOUCH) and e.continues not in free)
            }
        )
        for c in people
    }

    def ready(c: Contact) -> date:
        """The day the contact may be touched: a quarter of the interval before it runs out,
        or the last entry that fits them before it runs out, where the quarter holds none,
        but never in the first half of the interval."""
        early = due(c) - c.interval / EARLY_SHARE
        before = [d for d in slots[(c.channel, c.tier)] if d <= due(c)]
        if due(c) > strategy.last_day or not before or before[-1] >= early:
            return early
        return max(before[-1], due(c) - c.interval / 2)

    for entry in calendar:
        day = day_of(strategy, entry)
        fits = [
            c
            for c in people
            if c.channel == entry.channel
            and entry.move in touch_moves(c.channel, c.tier)
            and ready(c) <= day
        ]
        # a newsletter's reply round is its one personal entry: it carries a reader too
        inbox = entry.move == INBOX_TOUCH and entry.move in touch_moves(entry.channel, None)
        carrier = (
            entry.move in touch_moves(entry.channel, None)
            and (not entry.follows_up or inbox)
            and not (entry.move not in ("meet", INBOX_TOUCH) and entry.continues not in free)
        )
        if not entry.contact:
            # an entry that could keep someone in touch stays generic only when nobody is due
            assert not (carrier and fits), (entry.uid, [c.row for c in fits])
            continue
        contact = next(c for c in people if c.row == entry.contact_row)
        assert contact.channel in strategy.channels
        threaded = entry.move == "meet" and entry.continues in congratulations
        if reason(strategy, contact, entry, day) == "due" and not threaded:
            assert contact in fits  # their interval has run out
            key = (turns[contact.row], due(contact), contact.row)
            assert all(key <= (turns[c.row], due(c), c.row) for c in fits)
        if threaded:  # a meeting after a congratulation jumps no one with fewer turns
            assert all(turns[contact.row] <= turns[c.row] for c in fits)
        if reason(strategy, contact, entry, day) == "news":  # a congratulation or a comment
            congratulations.add(entry.uid)
        last[contact.row] = day
        turns[contact.row] += 1


@PROPERTY
@given(rows())
def test_naming_is_deterministic(contacts: list[str]) -> None:
    assert with_rows(contacts) == with_rows(list(contacts))


# --- rules, one by one ----------------------------------------------------------------------


def test_news_kinds_are_read_from_the_cell() -> None:
    assert news_kind("Appointed COO at Severn Freight Partners") == "job"
    assert news_kind("Launched her own consultancy") == "founding"
    assert news_kind("Neuer Standort in Bitburg eröffnet") == "founding"
    assert news_kind("Won the regional logistics award") == "award"
    assert news_kind("Went sailing") == ""


def test_news_goes_to_the_own_channel_else_to_a_planned_channel_that_shows_it() -> None:
    strategy, _ = with_rows(
        [
            "Own,mastodon,,regular,,Appointed CTO,2027-03-10,,",
            "Elsewhere,newsletter,,regular,,Appointed CTO,2027-03-10,,",
            "Unknown,newsletter,,regular,,Went sailing,2027-03-10,,",
            "Unplanned,xing,,regular,,Appointed CTO,2027-03-10,,",
        ]
    )
    found = {c.name: news_channels(strategy, c) for c in strategy.people}
    assert found == {
        "Own": ("mastodon",),
        "Elsewhere": ("linkedin", "mastodon"),
        "Unknown": (),
        "Unplanned": (),
    }


def test_contacts_on_channels_the_plan_does_not_work_on_are_never_named() -> None:
    _, calendar = with_rows(["Nora,xing,,close,2026-01-01,Appointed CTO,2027-03-10,03-02,"])
    assert not named(calendar)


def test_a_congratulation_names_the_news_within_14_days() -> None:
    strategy, calendar = with_rows(
        ["Eleanor,linkedin,,close,2027-02-20,Appointed COO,2027-03-08,,"]
    )
    congratulation = next(e for e in named(calendar) if e.move == "congratulate")
    assert 0 <= (day_of(strategy, congratulation) - date(2027, 3, 8)).days <= NEWS_DAYS


def test_news_long_before_the_plan_is_not_congratulated() -> None:
    _strategy, calendar = with_rows(["Old,linkedin,,loose,2027-02-20,Appointed COO,2027-01-02,,"])
    assert all(e.move != "congratulate" for e in named(calendar))


def test_a_thank_you_may_become_a_congratulation_in_the_same_slot() -> None:
    strategy, before = plain()
    free = {"", *(e.uid for e in before if e.move in JOINED_MOVES)}
    thanks = [
        e for e in before if e.move == "thank" and e.channel == "linkedin" and e.continues in free
    ]
    day = day_of(strategy, thanks[3])
    assert not any(
        e.move == "congratulate" and e.channel == "linkedin" and day_of(strategy, e) == day
        for e in before
    )
    strategy, calendar = with_rows([f"Birthday,linkedin,,loose,2027-02-25,,,{day:%m-%d},"])
    entry = next(e for e in calendar if e.uid == thanks[3].uid)
    assert (entry.move, entry.contact, entry.minutes) == ("congratulate", "Birthday", 10)
    assert entry.topic == "" and entry.place == "news"
    assert reason(strategy, strategy.people.people[0], entry, day) == "birthday"


def test_a_birthday_without_an_entry_that_day_is_not_planned_and_no_finding() -> None:
    from dialogplan.people_check import check_people

    strategy, calendar = with_rows(["Sunday,linkedin,,loose,2027-02-25,,,03-07,"])
    assert all(day_of(strategy, e) != date(2027, 3, 7) for e in named(calendar))
    assert not [f for f in check_people(strategy, calendar).findings if f.code != "losing-touch"]


def test_a_close_contacts_meeting_carries_on_the_congratulation() -> None:
    strategy, calendar = with_rows(
        ["Eleanor,linkedin,,close,2027-02-20,Appointed COO,2027-03-08,,"]
    )
    congratulation = next(e for e in named(calendar) if e.move == "congratulate")
    meetings = [e for e in named(calendar) if e.move == "meet"]
    threaded = [m for m in meetings if m.continues == congratulation.uid]
    gaps = [(day_of(strategy, m) - day_of(strategy, congratulation)).days for m in threaded]
    assert all(14 <= gap <= 56 for gap in gaps)
    assert threaded, [day_of(strategy, m) for m in meetings]


def test_tiers_get_their_moves() -> None:
    rows_ = [
        f"P{i},linkedin,,{tier},2026-01-01,,,," for i, tier in enumerate(["close", "loose"] * 4)
    ]
    strategy, calendar = with_rows(rows_)
    tiers = {c.row: c.tier for c in strategy.people}
    for entry in named(calendar):
        assert entry.move in TIER_MOVES[tiers[entry.contact_row]]


def test_durations_read_as_people_say_them() -> None:
    assert duration(91, "en") == "three months"
    assert duration(91, "de") == "drei Monaten"
    assert duration(7, "de") == "sieben Tagen"
    assert duration(30, "de") == "einem Monat"
    assert duration(27, "de") == "vier Wochen"
    assert duration(35, "en") == "five weeks"
    assert duration(400, "en") == "13 months"


# --- prompts ---------------------------------------------------------------------------------


def rendered(path: str) -> list[tuple[str, str]]:
    strategy = load_plan(ROOT / path)
    return [
        (e.title, e.prompt)
        for e in render(strategy, name_people(strategy, plain(path)[1]))
        if e.contact
    ]


def test_english_prompts_name_person_place_and_reason_without_he_or_she() -> None:
    """No pronoun is guessed: only the team's own words about a person give one."""
    prompts = rendered(str(HARBOURLINE))
    assert prompts
    strategy = load_plan(ROOT / str(HARBOURLINE))
    told = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
    gendered = [c.name for c in strategy.people if told.search(f"{c.note} {c.talk_about}")]
    text = " ".join(p for t, p in prompts if not any(name in t for name in gendered))
    # Said after the name where it tells what she did: "Grace Adebayo launched her own …".
    own = ["Launched her own consultancy", "launched her own consultancy",
           *(c.talk_about for c in strategy.people)]  # fmt: skip
    for words in filter(None, own):  # the team's own words, shown as they are
        text = text.replace(words, "")
    assert "Eleanor Whitcombe" in text and "https://example.com/in/eleanor-whitcombe" in text
    # Said with its "was" where the cell tells what was done to her (r530).
    assert "was appointed COO at Severn Freight Partners" in text
    for word in (" he ", " she ", " his ", " her ", " him "):
        assert word not in f" {text.lower()} ", word
    assert any(t.startswith("Congratulate: Eleanor Whitcombe") for t, _ in prompts)


def test_german_prompts_need_no_gender() -> None:
    prompts = rendered(str(FALK))
    assert prompts
    text = " ".join(p for _, p in prompts)
    for words in filter(None, (c.talk_about for c in load_plan(ROOT / str(FALK)).people)):
        # The team's own words, shown as they are, or with „unsere“ said to the team („eure“).
        ours = re.sub(r"\bunser(e[nmrs]?)?\b", lambda m: f"eur{m[1]}" if m[1] else "euer", words)
        for said in (words, ours):
            text = text.replace(said, "")
    assert "Jutta Rehlinger" in text
    for word in (" ihm ", " ihn ", " seine", " ihre", " er ", " sie ", " ihr gratulieren"):
        assert word not in f" {text} ", word


def test_notes_never_reach_a_prompt() -> None:
    for path, contacts in ((HARBOURLINE, "harbourline-advisory"), (FALK, "tischlerei-falk")):
        data = (ROOT / "plans" / contacts / "contacts.csv").read_bytes()
        notes = {c.note for c in parse_contacts(data, "c.csv")} - {""}
        text = " ".join(p for _, p in rendered(str(path)))
        assert not {n for n in notes if n in text}


def test_a_plan_without_contacts_is_unchanged() -> None:
    strategy, calendar = plain()
    nobody = strategy.with_people(NO_CONTACTS)
    assert name_people(nobody, calendar) is calendar
