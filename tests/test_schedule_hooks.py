"""The scheduler plans only what can happen where it says, and the calendar's own hooks.

Group work without named groups starts by finding groups; a short review closes each month;
a break gets a "back on …" note before it and a return entry after it on every channel that
would otherwise fall silent too long; events are announced in time, spread over the weeks
and channels; work in other people's conversations is about themes, never own subjects.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from dialogplan.dates import monday
from dialogplan.entry import Entry
from dialogplan.moves import MOVES
from dialogplan.people_plan import named_place
from dialogplan.places import channel_places, possible_moves
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy
from tests.test_schedule import assert_invariants, make

#: Moves every channel may get besides the catalogue's possible ones.
ALWAYS = {"reply", "review"}
THEMES = [
    {"title": "Fachkräfte finden", "kind": "theme", "short": "Fachkräftesuche"},
    {"title": "Digitale Angebote", "kind": "theme"},
    {"title": "Unser Werkstatttag im Mai", "short": "Werkstatttag"},
]


def on(entries: tuple[Entry, ...], channel: str, *moves: str) -> list[Entry]:
    """The channel's entries, of the given moves if any are named."""
    return [e for e in entries if e.channel == channel and (not moves or e.move in moves)]


# --- only possible moves, in the right place -------------------------------------------------


def test_every_entry_happens_where_it_can(example: Strategy) -> None:
    """Each move is possible on its channel, and the entry names the place it happens at."""
    for entry in schedule(example):
        places = channel_places(entry.channel)
        possible = possible_moves(entry.channel, example.channel(entry.channel).moves)
        if entry.move in ("away", "back"):
            assert places.place_of(entry.move) is not None
        else:
            assert entry.move in possible | ALWAYS, entry
        place = places.place_of(entry.move)
        filed = place.id if place else ""
        named = named_place(entry.channel, entry.move, filed) if entry.contact else filed
        assert entry.place == named, entry


def test_no_congratulations_where_no_news_shows() -> None:
    """TikTok shows no job news, so nobody is sent there to congratulate."""
    entries = schedule(make(channels={"tiktok": {}, "linkedin": {}}))
    assert not on(entries, "tiktok", "congratulate")
    assert on(entries, "linkedin", "congratulate")


# --- group work without named groups ---------------------------------------------------------


def test_group_work_without_named_groups_starts_by_finding_groups() -> None:
    """Two "find groups" entries in the first two weeks, one a week, before any group work."""
    strategy = make(channels={"facebook-group": {}, "xing": {}})
    entries = schedule(strategy)
    found = on(entries, "facebook-group", "find-groups")
    assert len(found) == 2
    assert [monday(e.start.date()) for e in found] == [date(2027, 1, 4), date(2027, 1, 11)]
    first_day = found[0].start.date()
    in_groups = [
        e for e in on(entries, "facebook-group") if e.move != "find-groups" and e.place == "groups"
    ]
    assert in_groups
    assert all(e.start.date() > first_day for e in in_groups)
    assert {e.group for e in on(entries, "facebook-group")} == {""}
    assert {"group-ask", "group-help"} <= {e.move for e in in_groups}
    assert not on(entries, "xing", "find-groups")  # XING has no groups to find


def test_named_groups_need_no_finding() -> None:
    """With groups named, group work starts right away and names them."""
    groups = ["Handwerk digital", "Gründerinnen Köln"]
    entries = schedule(make(groups={"facebook-group": groups}))
    assert not on(entries, "facebook-group", "find-groups")
    assert {e.group for e in on(entries, "facebook-group", "group-ask", "group-help")} == set(
        groups
    )
    # LinkedIn has groups too, but none are named for it: it finds its own.
    assert len(on(entries, "linkedin", "find-groups")) == 2
    assert {e.group for e in on(entries, "linkedin", "group-ask", "group-help")} == {""}


# --- the monthly review ----------------------------------------------------------------------


def test_one_review_a_month_on_the_busiest_channel_s_last_open_day() -> None:
    """A month's review falls on the last day the channel with most minutes works in it."""
    strategy = make(start=date(2027, 1, 18), months=3, region="DE-NW")
    entries = schedule(strategy)
    reviews = [e for e in entries if e.move == "review"]
    # January has 14 days in the horizon, April 17: both count; every review on LinkedIn.
    assert [e.start.date() for e in reviews] == [
        date(2027, 1, 29),
        date(2027, 2, 26),
        date(2027, 3, 31),
        date(2027, 4, 16),
    ]
    assert {e.channel for e in reviews} == {"linkedin"}
    assert all(e.topic == "" and e.place == "" and e.minutes == 15 for e in reviews)


def test_review_goes_to_the_first_channel_on_a_tie() -> None:
    """Channels with equal minutes: the review goes to the first in strategy order."""
    strategy = make(months=1, channels={"xing": {}, "linkedin": {}})
    first = next(iter(strategy.channels))
    assert {e.channel for e in schedule(strategy) if e.move == "review"} == {first}


def test_review_moves_to_an_earlier_open_day_before_a_holiday() -> None:
    """When the month's last day is closed, the review comes on the open day before it."""
    strategy = make(
        start=date(2027, 4, 26),
        months=2,
        blackout=[{"from": date(2027, 5, 27), "to": date(2027, 5, 31), "reason": "Messe"}],
    )
    reviews = [e.start.date() for e in schedule(strategy) if e.move == "review"]
    assert date(2027, 5, 26) in reviews


# --- breaks ----------------------------------------------------------------------------------

BLACKOUT = [{"from": date(2027, 2, 15), "to": date(2027, 2, 19), "reason": "Winterpause"}]


def test_a_break_is_announced_where_followers_would_wait_too_long() -> None:
    """LinkedIn tolerates a week: before a Monday-to-Friday break it says when it is back."""
    strategy = make(blackout=BLACKOUT, channels={"linkedin": {"share": 0.6}, "blog": {}})
    entries = schedule(strategy)
    away, back = on(entries, "linkedin", "away"), on(entries, "linkedin", "back")
    assert [e.start.date() for e in away] == [date(2027, 2, 12)]
    assert [e.start.date() for e in back] == [date(2027, 2, 22)]
    assert not on(entries, "blog", "away", "back")  # a blog's readers tolerate a month
    assert not any(e.follows_up == away[0].uid for e in entries)  # no reply round
    assert away[0].place == "profile" and back[0].place == "profile"
    assert_invariants(strategy, entries)


def test_a_short_break_needs_no_note() -> None:
    """One closed Wednesday on a channel worked daily: followers hardly notice."""
    strategy = make(
        blackout=[{"from": date(2027, 2, 17), "to": date(2027, 2, 17)}],
        channels={"instagram": {}},
        hours_per_week=3,
    )
    assert not [e for e in schedule(strategy) if e.move in ("away", "back")]


def test_away_and_back_skip_closed_days_around_the_break() -> None:
    """A break next to a weekend the channel does not work: the notes move to open days."""
    strategy = make(
        months=3,
        blackout=[{"from": date(2027, 2, 22), "to": date(2027, 3, 5)}],
        channels={"linkedin": {"days": ["mon", "tue", "wed"]}},
    )
    entries = schedule(strategy)
    assert [e.start.date() for e in on(entries, "linkedin", "away")] == [date(2027, 2, 17)]
    assert [e.start.date() for e in on(entries, "linkedin", "back")] == [date(2027, 3, 8)]


def test_groups_without_a_place_of_their_own_get_no_notes() -> None:
    """Facebook groups have no feed of the team's own to post a "back on …" note in."""
    groups = {"facebook-group": ["Handwerk digital"]}
    entries = schedule(make(blackout=BLACKOUT, groups=groups))
    assert not on(entries, "facebook-group", "away", "back")


# --- events and offers -----------------------------------------------------------------------

EVENT_CHANNELS = {"linkedin": {"share": 0.5}, "instagram": {"share": 0.5}}


def announcements(entries: tuple[Entry, ...], title: str) -> list[Entry]:
    return [e for e in entries if e.move == "announce" and e.announce == title]


def test_events_are_announced_in_time_and_spread_out() -> None:
    """An early event at least once, a later one twice; never twice a week on one channel."""
    start = date(2027, 1, 4)
    early, later = start + timedelta(days=9), start + timedelta(days=39)
    strategy = make(
        months=4,
        hours_per_week=6,
        channels=EVENT_CHANNELS,
        events=[
            {"title": "Werkstattabend", "date": early, "url": "https://example.org/abend"},
            {"title": "Tag der offenen Tür", "date": later},
        ],
    )
    entries = schedule(strategy)
    assert_invariants(strategy, entries)
    for title, day, least in (("Werkstattabend", early, 1), ("Tag der offenen Tür", later, 2)):
        announced = announcements(entries, title)
        assert len(announced) >= least, title
        assert all(day - timedelta(days=28) <= e.start.date() < day for e in announced)
    assert {e.url for e in announcements(entries, "Werkstattabend")} == {
        "https://example.org/abend"
    }
    assert {e.url for e in announcements(entries, "Tag der offenen Tür")} == {""}
    weekly = Counter((e.channel, monday(e.start.date())) for e in entries if e.move == "announce")
    assert max(weekly.values()) == 1


def test_a_reminder_comes_in_the_last_two_weeks() -> None:
    """Of an event's two announcements, the second comes in its last fortnight."""
    day = date(2027, 3, 10)
    strategy = make(
        months=3, hours_per_week=6, channels=EVENT_CHANNELS, events=[{"title": "Fest", "date": day}]
    )
    announced = sorted(e.start.date() for e in announcements(schedule(strategy), "Fest"))
    assert len(announced) >= 2
    assert announced[0] < day - timedelta(days=14) <= announced[-1]


def test_an_event_just_after_the_horizon_is_announced() -> None:
    """The four weeks before an event overlap the horizon: it is announced inside it."""
    day = date(2027, 4, 13)  # the horizon ends on 3 April
    strategy = make(
        months=3, hours_per_week=6, channels=EVENT_CHANNELS, events=[{"title": "Fest", "date": day}]
    )
    announced = announcements(schedule(strategy), "Fest")
    assert announced
    assert all(e.start.date() <= strategy.last_day for e in announced)


def test_announcements_stay_one_in_ten_own_posts() -> None:
    """With little time there are few own posts, so few announcements, whatever is coming."""
    events = [
        {"title": f"Abend {n}", "date": date(2027, 1, 20) + timedelta(weeks=n)} for n in range(8)
    ]
    strategy = make(months=3, events=events, channels={"linkedin": {}})
    entries = schedule(strategy)
    assert_invariants(strategy, entries)
    posts = [e for e in entries if MOVES[e.move].own_post]
    assert 0 < sum(e.move == "announce" for e in posts) * 10 <= len(posts)


def test_offers_are_announced_while_they_run_once_a_week_at_most() -> None:
    """An offer is announced only while it runs, with its link."""
    offer = {
        "title": "Beratungspaket",
        "url": "https://example.org/paket",
        "from": date(2027, 2, 1),
        "until": date(2027, 4, 30),
    }
    strategy = make(months=6, hours_per_week=6, channels=EVENT_CHANNELS, offers=[offer])
    entries = schedule(strategy)
    announced = announcements(entries, "Beratungspaket")
    assert announced
    assert all(date(2027, 2, 1) <= e.start.date() <= date(2027, 4, 30) for e in announced)
    assert {e.url for e in announced} == {"https://example.org/paket"}
    weekly = Counter((e.channel, monday(e.start.date())) for e in announced)
    assert max(weekly.values()) == 1


# --- topics by place -------------------------------------------------------------------------

#: Moves whose entries happen in other people's conversations, however the place is called;
#: a question to a group too: the team's own subjects are not the members' business.
THEMES_ONLY = {
    "listen",
    "comment",
    "thank",
    "share",
    "group-ask",
    "group-help",
    "connect",
    "find-groups",
}
NO_TOPIC = {"review", "away", "back", "meet", "congratulate"}


def test_others_conversations_get_themes_and_own_posts_any_topic() -> None:
    """Own subjects stay in own posts; others' conversations get themes; some moves none."""
    strategy = make(months=3, topics=THEMES, blackout=BLACKOUT)
    entries = schedule(strategy)
    themes = {"Fachkräfte finden", "Digitale Angebote"}
    for entry in entries:
        if entry.move == "thank" and entry.continues:
            continue  # thanks for the answers to a question: the question's topic
        if entry.move in THEMES_ONLY:
            assert entry.topic in themes, entry
        elif entry.move in NO_TOPIC:
            assert entry.topic == "", entry
    own_topic = [e for e in entries if e.topic == "Unser Werkstatttag im Mai"]
    assert own_topic
    assert all(MOVES[e.move].own_post or e.move in ("reply", "thank") for e in own_topic)


def test_without_themes_others_conversations_have_no_topic() -> None:
    """A strategy of own subjects only: comments and listening go without a topic."""
    entries = schedule(make())
    others = [e for e in entries if e.move in THEMES_ONLY and not e.continues]
    assert {e.topic for e in others} == {""}
    own = [e for e in entries if MOVES[e.move].own_post and not e.continues]
    assert {e.topic for e in own if e.move not in THEMES_ONLY} == {
        "Fachkräfte finden",
        "Digitale Angebote",
        "Nachfolge",
    }


def test_a_question_on_a_topic_goes_to_the_group_named_after_it() -> None:
    """A question about meadows belongs in the gardeners' group, not the beekeepers'."""
    topics = [
        {"title": "Blühstreifen im Garten", "kind": "theme"},
        {"title": "Varroa im Frühjahr", "kind": "theme"},
    ]
    groups = {"linkedin": ["Imkern in Baden-Württemberg", "Naturgarten Neckartal"]}
    entries = schedule(make(topics=topics, groups=groups, hours_per_week=6))
    asked = [
        e for e in on(entries, "linkedin") if e.move in ("group-ask", "group-help") and e.topic
    ]
    assert {e.topic for e in asked} == {t["title"] for t in topics}
    for entry in asked:
        garden = entry.topic == "Blühstreifen im Garten"
        assert (entry.group == "Naturgarten Neckartal") == garden, entry


def test_a_small_plan_still_invites_to_its_event_twice() -> None:
    """Four channels with a few own posts each: one in ten of all of them announces the day."""
    event = {"title": "Infostand am 1. Mai", "date": date(2027, 5, 1)}
    strategy = make(
        start=date(2027, 4, 1),
        months=3,
        hours_per_week=2.5,
        channels={"instagram": {}, "facebook": {}, "newsletter": {}, "facebook-group": {}},
        events=[event],
    )
    entries = schedule(strategy)
    assert_invariants(strategy, entries)
    announced = announcements(entries, "Infostand am 1. Mai")
    posts = [e for e in entries if MOVES[e.move].own_post]
    assert len(announced) == 2
    assert len({e.channel for e in announced}) == 2
    # No channel alone has the ten own posts one announcement would need.
    assert max(Counter(e.channel for e in posts).values()) < 10
