"""The scheduler: what a team relies on when it works through its calendar."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogplan.announcements import allowed_announcements
from dialogplan.assignment import entry_uid
from dialogplan.catalogue import WEEKDAYS, catalogue, parse_window
from dialogplan.closed_days import blocked_days
from dialogplan.dates import monday
from dialogplan.entry import Entry
from dialogplan.moves import MOVES
from dialogplan.people_plan import named_place
from dialogplan.places import channel_places, possible_moves
from dialogplan.schedule import channel_minutes, schedule
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import ROOT, load_plan


def make(**fields: Any) -> Strategy:
    """A valid strategy with sensible defaults, overridden by keyword."""
    data: dict[str, Any] = {
        "client": "brenner-beratung",
        "name": "Brenner Beratung",
        "language": "de",
        "timezone": "Europe/Berlin",
        "start": date(2027, 1, 4),
        "months": 2,
        "hours_per_week": 4,
        "audience": "Handwerksbetriebe im Rheinland",
        "goals": [
            {"id": "sichtbar", "text": "Sichtbar werden"},
            {"id": "netz", "text": "Netzwerk"},
        ],
        "topics": ["Fachkräfte finden", "Digitale Angebote", "Nachfolge"],
        "channels": {"linkedin": {"share": 0.6}, "facebook-group": {}},
    }
    data.update(fields)
    return parse_strategy(yaml.safe_dump(data, allow_unicode=True), "test.yaml")


def local(moment: datetime) -> datetime:
    """A calendar time as the person on the ground reads it on the clock."""
    return moment.replace(tzinfo=None)


def utc(moment: datetime) -> datetime:
    """A calendar time as an instant, to compare across clock changes."""
    return moment.astimezone(UTC)


def own_posts(entries: Sequence[Entry]) -> list[Entry]:
    """The entries that publish something of one's own."""
    return [e for e in entries if MOVES[e.move].own_post]


# --- invariants, checked on every plan -----------------------------------------------------


def assert_invariants(strategy: Strategy, entries: Sequence[Entry]) -> None:
    """Everything a plan must satisfy, whatever the strategy."""
    assert isinstance(entries, tuple)
    assert all(type(e) is Entry for e in entries)
    assert list(entries) == sorted(entries, key=lambda e: (utc(e.start), e.channel))
    assert len({e.uid for e in entries}) == len(entries)
    blocked = blocked_days(strategy)
    for entry in entries:
        start, end = local(entry.start), local(entry.end)
        assert strategy.start <= start.date() <= end.date() <= strategy.last_day
        assert start.date() not in blocked
        spec = strategy.channel(entry.channel)
        assert WEEKDAYS[start.weekday()] in spec.days
        windows = [parse_window(w) for w in spec.windows]
        assert any(s <= start.time() and end.time() <= e for s, e in windows), entry
        assert end - start == timedelta(minutes=entry.minutes)
    ordered = sorted(entries, key=lambda e: utc(e.start))
    assert all(utc(b.start) >= utc(a.end) for a, b in itertools.pairwise(ordered))
    weeks: Counter[tuple[int, int]] = Counter()
    for entry in entries:
        weeks[entry.start.isocalendar()[:2]] += entry.minutes
    assert all(minutes <= strategy.hours_per_week * 60 for minutes in weeks.values())
    if entries:
        weighted = sum(e.minutes * MOVES[e.move].dialogue for e in entries)
        assert weighted >= 0.8 * sum(e.minutes for e in entries)
    posts = own_posts(entries)
    assert sum(p.move == "announce" for p in posts) * 10 <= len(posts)
    for channel in {p.channel for p in posts}:
        on_channel = [p for p in posts if p.channel == channel]
        announced = sum(p.move == "announce" for p in on_channel)
        assert announced <= allowed_announcements(len(on_channel)), channel
    if not (strategy.offers or strategy.events):
        assert all(e.move != "announce" for e in entries)
    replies: defaultdict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        replies[entry.follows_up].append(entry)
    for post in posts:
        [reply] = replies[post.uid]
        assert reply.channel == post.channel and reply.move == "reply"
        assert utc(reply.start) >= utc(post.end)
        assert utc(reply.start) - utc(post.start) < timedelta(days=7)


#: Moves in other people's conversations: a theme or no topic, never an own subject.
THEMES_ONLY = {"listen", "comment", "thank", "share", "group-help", "connect", "find-groups"}
#: Moves about people or the plan itself: no topic.
NO_TOPIC = {"review", "away", "back", "meet", "congratulate"}


def assert_places_and_topics(strategy: Strategy, entries: Sequence[Entry]) -> None:
    """Moves happen where they can, group work follows finding groups, topics fit the place."""
    themes = {t.title for t in strategy.topics if t.kind == "theme"} | {""}
    found: dict[str, date] = {}
    for entry in entries:
        places = channel_places(entry.channel)
        place = places.place_of(entry.move)
        filed = place.id if place else ""
        named = named_place(entry.channel, entry.move, filed) if entry.contact else filed
        assert entry.place == named, entry
        possible = possible_moves(entry.channel, strategy.channel(entry.channel).moves)
        assert entry.move in possible | {"reply", "review", "away", "back"}, entry
        assert entry.move not in ("away", "back") or place is not None, entry
        day = local(entry.start).date()
        if entry.move == "find-groups":
            assert not strategy.groups.get(entry.channel) and entry.group == ""
            found.setdefault(entry.channel, day)
        elif (
            place is not None and place.kind == "groups" and not strategy.groups.get(entry.channel)
        ):
            assert entry.group == "" and found.get(entry.channel, day) < day, entry
        if entry.move in THEMES_ONLY and not (entry.move == "thank" and entry.continues):
            assert entry.topic in themes, entry
        if entry.move in NO_TOPIC:
            assert entry.topic == "", entry
    assert not {e.follows_up for e in entries} & {e.uid for e in entries if e.move == "away"}
    announced = [e for e in entries if e.move == "announce"]
    weeks = Counter((e.channel, monday(local(e.start).date())) for e in announced)
    assert all(n == 1 for n in weeks.values())
    for entry in announced:
        day = local(entry.start).date()
        for event in (e for e in strategy.events if e.title == entry.announce):
            assert event.date - timedelta(days=28) <= day < event.date
            assert entry.url == (event.url or "")


def test_every_example_plan_keeps_the_invariants(example: Strategy) -> None:
    """Each shipped example plans within budget, windows, horizon and dialogue share."""
    entries = schedule(example)
    assert len(entries) > 50
    assert_invariants(example, entries)
    assert_places_and_topics(example, entries)


def test_every_goal_is_served_every_month(example: Strategy) -> None:
    """Goals rotate so each one gets a fair share of every month."""
    entries = schedule(example)
    served: defaultdict[str, set[str]] = defaultdict(set)
    for entry in entries:
        served[f"{entry.start:%Y-%m}"].add(entry.goal)
    reachable = {g for ch in example.channels for g in example.goals_of(ch)}
    for month, goals in served.items():
        assert goals == reachable, month
    counts = Counter(e.goal for e in entries if e.move != "reply")
    assert max(counts.values()) <= 2.5 * min(counts.values())


def test_every_topic_is_used(example: Strategy) -> None:
    """No topic of the strategy is forgotten in the plan ("" is an entry without one)."""
    assert {e.topic for e in schedule(example)} - {""} == set(example.topic_titles)


def test_same_strategy_gives_identical_calendar(example: Strategy) -> None:
    """Regenerating a plan changes nothing, so calendar subscribers see no churn."""
    assert schedule(example) == schedule(example)


# --- specific behaviour ----------------------------------------------------------------------


def test_holidays_and_blackouts_stay_free() -> None:
    """Nothing is planned on a public holiday of the region or in a declared blackout."""
    strategy = make(
        start=date(2027, 4, 26),
        months=1,
        region="DE-NW",
        blackout=[{"from": date(2027, 5, 10), "to": date(2027, 5, 14), "reason": "Messe"}],
    )
    days = {e.start.date() for e in schedule(strategy)}
    assert date(2027, 5, 1) not in days  # Tag der Arbeit
    assert date(2027, 5, 27) not in days  # Fronleichnam in Nordrhein-Westfalen
    assert not days & {date(2027, 5, 10) + timedelta(days=i) for i in range(5)}


def test_channel_budget_follows_shares_and_hours() -> None:
    """Explicit hours, shares and the remainder divide the weekly budget as written."""
    strategy = make(
        hours_per_week=6,
        channels={"linkedin": {"hours_per_week": 2}, "xing": {"share": 0.25}, "blog": {}},
    )
    assert channel_minutes(strategy) == {"linkedin": 120, "xing": 90, "blog": 150}


def test_new_channel_listens_before_posting() -> None:
    """A channel the team is only starting on begins with two weeks of listening."""
    entries = schedule(make(channels={"instagram": {"new": True}}))
    first_post = min(utc(e.start) for e in own_posts(entries))
    warm_up = [e for e in entries if e.warm_up]
    assert {e.move for e in warm_up} <= {"listen", "comment", "thank", "connect"}
    assert "listen" in {e.move for e in warm_up}
    assert first_post >= utc(datetime(2027, 1, 18, tzinfo=ZoneInfo("Europe/Berlin")))
    assert max(utc(e.start) for e in warm_up) < first_post


def test_announcements_only_when_something_is_named() -> None:
    """Announcing needs an offer or event, and it happens before the event."""
    day = date(2027, 2, 24)
    entries = schedule(make(months=3, events=[{"title": "Werkstattabend", "date": day}]))
    announced = [e for e in entries if e.move == "announce"]
    assert len(announced) >= 1
    assert all(e.announce == "Werkstattabend" for e in announced)
    assert all(e.start.date() < day for e in announced)


def test_group_moves_name_the_groups() -> None:
    """Group work names the communities the strategy lists, taking turns."""
    groups = ["Handwerk digital", "Gründerinnen Köln"]
    entries = schedule(make(groups={"facebook-group": groups}))
    in_groups = [
        e
        for e in entries
        if e.channel == "facebook-group" and e.move in ("group-help", "group-ask")
    ]
    assert {e.group for e in in_groups} == set(groups)


def test_replies_follow_their_post_with_same_goal_and_topic() -> None:
    """A reply round continues the same conversation as the post it follows up."""
    entries = schedule(make())
    by_uid = {e.uid: e for e in entries}
    replies = [e for e in entries if e.move == "reply"]
    assert replies
    for reply in replies:
        post = by_uid[reply.follows_up]
        assert (post.goal, post.topic) == (reply.goal, reply.topic)


def test_group_work_goes_to_the_groups_its_goal_names() -> None:
    """A goal's people are sought in the group the goal names, not in any group in turn."""
    goals = [
        {"id": "sichtbar", "text": "Sichtbar werden", "where": ["die Gruppe „Handwerk digital“"]},
        {"id": "netz", "text": "Netzwerk", "where": ["„Gründerinnen Köln“ auf Facebook"]},
    ]
    groups = {"facebook-group": ["Handwerk digital", "Gründerinnen Köln"]}
    entries = schedule(make(goals=goals, groups=groups, channels={"facebook-group": {}}))
    started = [e for e in entries if e.group and e.move in ("group-ask", "group-help", "comment")]
    assert started
    named = {"sichtbar": "Handwerk digital", "netz": "Gründerinnen Köln"}
    assert all(e.group == named[e.goal] for e in started)


def test_a_topic_meets_only_the_goals_it_names() -> None:
    """A recruiting goal's people never get the customers' topic, and the other way round."""
    topics = [
        {"title": "Ausbildung im Handwerk", "kind": "theme", "goals": ["netz"]},
        {"title": "Nachfolge", "kind": "theme", "goals": ["sichtbar"]},
    ]
    entries = schedule(make(topics=topics))
    pairs = {(e.goal, e.topic) for e in entries if e.topic}
    assert pairs == {("netz", "Ausbildung im Handwerk"), ("sichtbar", "Nachfolge")}


def test_answers_by_e_mail_are_read_the_next_working_day() -> None:
    """Replies to a newsletter arrive over a day: its reply round never falls on issue day."""
    entries = schedule(make(channels={"newsletter": {"share": 0.5}, "linkedin": {}}))
    by_uid = {e.uid: e for e in entries}
    replies = [e for e in entries if e.move == "reply" and e.channel == "newsletter"]
    assert replies
    for reply in replies:
        assert reply.start.date() > by_uid[reply.follows_up].start.date()


def test_uids_name_client_channel_day_and_move() -> None:
    """Calendar apps recognise an entry again by a UID that names its piece of work."""
    entries = schedule(make())
    for entry in entries:
        client, channel, day, move, *n = entry.uid.removesuffix("@dialogplan").split(".")
        assert (client, channel, move) == ("brenner-beratung", entry.channel, entry.move)
        assert day == f"{entry.start:%Y%m%d}"
        assert n == [] or int(n[0]) >= 2
    assert len({e.uid for e in entries}) == len(entries)


def test_a_second_entry_of_a_move_that_day_is_numbered_in_start_order() -> None:
    """The first keeps the plain UID, so adding a later one leaves it alone."""
    entries = schedule(load_plan(ROOT / "plans" / "harbourline-advisory" / "strategy.yaml"))
    by_uid = {e.uid: e for e in entries}
    numbered = [e for e in entries if e.uid.removesuffix("@dialogplan")[-1].isdigit()]
    assert numbered
    for entry in numbered:
        first = entry.uid.removesuffix("@dialogplan").rsplit(".", 1)[0] + "@dialogplan"
        assert by_uid[first].start < entry.start
        assert (by_uid[first].channel, by_uid[first].move) == (entry.channel, entry.move)
    assert entry_uid("acme", "linkedin", date(2027, 1, 4), "reply", 2) == (
        "acme.linkedin.20270104.reply.2@dialogplan"
    )


def test_times_are_local_across_a_dst_change() -> None:
    """Windows are kept in local time on both sides of the clock change."""
    entries = schedule(make(start=date(2027, 3, 22), months=1, channels={"linkedin": {}}))
    before = [e.start for e in entries if e.start.date() == date(2027, 3, 26)]
    after = [e.start for e in entries if e.start.date() == date(2027, 3, 29)]
    assert {str(t.utcoffset()) for t in before} == {"1:00:00"}
    assert {str(t.utcoffset()) for t in after} == {"2:00:00"}


# --- property-based --------------------------------------------------------------------------

URL = "https://example.org/x"
TOPICS = [
    {"title": "Fachkräfte finden", "kind": "theme"},
    {"title": "Digitale Angebote", "kind": "theme"},
    {"title": "Unser Werkstatttag"},
    {"title": "Nachfolge"},
]
ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Tokyo"]
CHANNELS = sorted(catalogue())


def _plans(draw: st.DrawFn, channels: list[str]) -> dict[str, Any]:
    """Each channel's settings: new or not, maybe days and windows of its own."""
    plans: dict[str, Any] = {}
    for name in channels:
        plan: dict[str, Any] = {"new": draw(st.booleans())}
        if draw(st.booleans()):
            plan["days"] = draw(
                st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=7, unique=True)
            )
        if draw(st.booleans()):
            hour = draw(st.integers(6, 20))
            plan["windows"] = [f"{hour:02d}:00-{hour + draw(st.integers(1, 3)):02d}:30"]
        plans[name] = plan
    return plans


def _occasions(draw: st.DrawFn, start: date) -> dict[str, Any]:
    """Maybe events (one early, one later), an offer and a blackout."""
    fields: dict[str, Any] = {}
    if draw(st.booleans()):
        fields["events"] = [{"title": "Sommerfest", "date": start + timedelta(days=40)}]
        if draw(st.booleans()):
            early = start + timedelta(days=draw(st.integers(0, 20)))
            fields["events"].append({"title": "Tag der offenen Tür", "date": early, "url": URL})
    if draw(st.booleans()):
        first = start + timedelta(days=draw(st.integers(-20, 40)))
        fields["offers"] = [
            {"title": "Paket", "url": URL, "from": first, "until": first + timedelta(days=30)}
        ]
    if draw(st.booleans()):
        first = start + timedelta(days=draw(st.integers(0, 60)))
        fields["blackout"] = [
            {"from": first, "to": first + timedelta(days=draw(st.integers(0, 14)))}
        ]
    return fields


@st.composite
def strategies(draw: st.DrawFn) -> Strategy:
    """Random but valid strategies, from a lone blog to many channels on few hours."""
    channels = draw(st.lists(st.sampled_from(CHANNELS), min_size=1, max_size=5, unique=True))
    start = draw(st.dates(date(2026, 1, 1), date(2028, 12, 31)))
    fields: dict[str, Any] = {
        "channels": _plans(draw, channels),
        "start": start,
        "months": draw(st.integers(1, 4)),
        "hours_per_week": draw(st.sampled_from([0.5, 1, 2.5, 4, 8, 15])),
        "timezone": draw(st.sampled_from(ZONES)),
        **_occasions(draw, start),
    }
    if draw(st.booleans()):
        fields["region"] = "DE-BY"
    if draw(st.booleans()):
        fields["topics"] = draw(
            st.lists(
                st.sampled_from(TOPICS), min_size=1, max_size=4, unique_by=lambda t: t["title"]
            )
        )
    named = [c for c in channels if c in ("facebook-group", "linkedin")]
    name_groups: bool = draw(st.booleans())
    if named and name_groups:
        fields["groups"] = {named[0]: ["Handwerk digital", "Gründerinnen Köln"]}
    return make(**fields)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies())
def test_any_strategy_keeps_the_invariants(strategy: Strategy) -> None:
    """Horizon, windows, no overlaps, budget, dialogue share and replies hold for any input."""
    entries = schedule(strategy)
    assert_invariants(strategy, entries)
    assert_places_and_topics(strategy, entries)
    assert entries == schedule(strategy)


def test_a_channel_s_own_posts_rest_a_topic_for_four_weeks_where_others_fit() -> None:
    """Followers who read about the same subject twice in a month stop answering it."""
    topics = ["Fachkräfte finden", "Digitale Angebote", "Nachfolge", "Ausbildung", "Preise",
              "Werkstatt", "Kundschaft", "Material"]  # fmt: skip
    channels = {"linkedin": {}, "instagram": {}}
    strategy = make(topics=topics, months=3, channels=channels)
    last: dict[tuple[str, str], date] = {}
    for entry in schedule(strategy):
        # A story that carries on a question's answers stays on its topic: a thread.
        if entry.move in {"ask", "story", "article"} and entry.topic and not entry.continues:
            day, key = entry.start.date(), (entry.channel, entry.topic)
            if key in last:
                assert (day - last[key]).days >= 28, (key, day)
            last[key] = day
