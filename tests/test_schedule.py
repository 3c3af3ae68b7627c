"""The scheduler: what a team relies on when it works through its calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogplan.catalogue import WEEKDAYS, catalogue, parse_window
from dialogplan.moves import MOVES
from dialogplan.schedule import COLUMNS, blocked_days, channel_minutes, schedule
from dialogplan.strategy import Strategy, parse_strategy


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


def local(ts: pd.Timestamp) -> datetime:
    """A calendar time as the person on the ground reads it on the clock."""
    return ts.to_pydatetime().replace(tzinfo=None)


def own_posts(frame: pd.DataFrame) -> pd.DataFrame:
    """The entries that publish something of one's own."""
    return frame[frame["move"].map(lambda m: MOVES[m].own_post).astype(bool)]


# --- invariants, checked on every plan -----------------------------------------------------


def assert_invariants(strategy: Strategy, frame: pd.DataFrame) -> None:
    """Everything a plan must satisfy, whatever the strategy."""
    assert list(frame.columns) == COLUMNS
    assert frame["uid"].is_unique
    blocked = blocked_days(strategy)
    for row in frame.itertuples():
        start, end = local(row.start), local(row.end)
        assert strategy.start <= start.date() <= end.date() <= strategy.last_day
        assert start.date() not in blocked
        spec = strategy.channel(row.channel)
        assert WEEKDAYS[start.weekday()] in spec.days
        windows = [parse_window(w) for w in spec.windows]
        assert any(s <= start.time() and end.time() <= e for s, e in windows), row
        assert end - start == timedelta(minutes=row.minutes)
    ordered = frame.sort_values("start")
    assert (ordered["start"].iloc[1:].to_numpy() >= ordered["end"].iloc[:-1].to_numpy()).all()
    weeks = frame.groupby(frame["start"].map(lambda t: t.isocalendar()[:2]))["minutes"].sum()
    assert (weeks <= strategy.hours_per_week * 60).all()
    if len(frame):
        weighted = (frame["minutes"] * frame["move"].map(lambda m: MOVES[m].dialogue)).sum()
        assert weighted >= 0.8 * frame["minutes"].sum()
    posts = own_posts(frame)
    for channel, group in posts.groupby("channel"):
        assert group["move"].eq("announce").sum() * 10 <= len(group), channel
    if not (strategy.offers or strategy.events):
        assert not frame["move"].eq("announce").any()
    replies = frame.set_index("follows_up")
    for post in posts.itertuples():
        reply = replies.loc[post.uid]
        assert reply["channel"] == post.channel and reply["move"] == "reply"
        assert reply["start"] >= post.end
        assert reply["start"] - post.start < timedelta(days=7)


def test_every_example_plan_keeps_the_invariants(example: Strategy) -> None:
    """Each shipped example plans within budget, windows, horizon and dialogue share."""
    frame = schedule(example)
    assert len(frame) > 50
    assert_invariants(example, frame)


def test_every_goal_is_served_every_month(example: Strategy) -> None:
    """Goals rotate so each one gets a fair share of every month."""
    frame = schedule(example)
    served = frame.groupby(frame["start"].dt.strftime("%Y-%m"))["goal"].agg(set)
    reachable = {g for ch in example.channels for g in example.goals_of(ch)}
    for month, goals in served.items():
        assert goals == reachable, month
    counts = frame[frame["move"] != "reply"].groupby("goal").size()
    assert counts.max() <= 2.5 * counts.min()


def test_every_topic_is_used(example: Strategy) -> None:
    """No topic of the strategy is forgotten in the plan."""
    assert set(schedule(example)["topic"]) == set(example.topics)


def test_same_strategy_gives_identical_calendar(example: Strategy) -> None:
    """Regenerating a plan changes nothing, so calendar subscribers see no churn."""
    pd.testing.assert_frame_equal(schedule(example), schedule(example))


# --- specific behaviour ----------------------------------------------------------------------


def test_holidays_and_blackouts_stay_free() -> None:
    """Nothing is planned on a public holiday of the region or in a declared blackout."""
    strategy = make(
        start=date(2027, 4, 26),
        months=1,
        region="DE-NW",
        blackout=[{"from": date(2027, 5, 10), "to": date(2027, 5, 14), "reason": "Messe"}],
    )
    days = set(schedule(strategy)["start"].dt.date)
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
    frame = schedule(make(channels={"instagram": {"new": True}}))
    first_post = own_posts(frame)["start"].min()
    warm_up = frame[frame["warm_up"]]
    assert set(warm_up["move"]) <= {"listen", "comment", "thank", "connect"}
    assert "listen" in set(warm_up["move"])
    assert first_post >= pd.Timestamp("2027-01-18", tz="Europe/Berlin")
    assert warm_up["start"].max() < first_post


def test_announcements_only_when_something_is_named() -> None:
    """Announcing needs an offer or event, and it happens before the event."""
    event = {"title": "Werkstattabend", "date": date(2027, 2, 24)}
    frame = schedule(make(months=3, events=[event]))
    announced = frame[frame["move"] == "announce"]
    assert len(announced) >= 1
    assert (announced["announce"] == "Werkstattabend").all()
    assert (announced["start"].dt.date < event["date"]).all()


def test_group_moves_name_the_groups() -> None:
    """Group work names the communities the strategy lists, taking turns."""
    groups = ["Handwerk digital", "Gründerinnen Köln"]
    frame = schedule(make(groups={"facebook-group": groups}))
    in_groups = frame[frame["move"].isin(["group-help", "group-ask"])]
    assert set(in_groups["group"]) == set(groups)


def test_replies_follow_their_post_with_same_goal_and_topic() -> None:
    """A reply round continues the same conversation as the post it follows up."""
    frame = schedule(make()).set_index("uid")
    replies = frame[frame["move"] == "reply"]
    assert len(replies)
    for reply in replies.itertuples():
        post = frame.loc[reply.follows_up]
        assert (post["goal"], post["topic"]) == (reply.goal, reply.topic)


def test_uids_derive_from_client_channel_and_day() -> None:
    """Calendar apps recognise an entry again by a UID built from client, channel and slot."""
    uid = schedule(make())["uid"].iloc[0]
    assert uid.startswith("brenner-beratung.") and uid.endswith("@dialogplan")
    _, channel, day, n = uid.removesuffix("@dialogplan").split(".")
    assert channel in catalogue() and len(day) == 8 and n.isdigit()


def test_times_are_local_across_a_dst_change() -> None:
    """Windows are kept in local time on both sides of the clock change."""
    frame = schedule(make(start=date(2027, 3, 22), months=1, channels={"linkedin": {}}))
    before = frame[frame["start"].dt.date == date(2027, 3, 26)]
    after = frame[frame["start"].dt.date == date(2027, 3, 29)]
    assert {str(t.utcoffset()) for t in before["start"]} == {"1:00:00"}
    assert {str(t.utcoffset()) for t in after["start"]} == {"2:00:00"}


# --- property-based --------------------------------------------------------------------------

ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Tokyo"]
CHANNELS = sorted(catalogue())


@st.composite
def strategies(draw: st.DrawFn) -> Strategy:
    """Random but valid strategies, from a lone blog to many channels on few hours."""
    channels = draw(st.lists(st.sampled_from(CHANNELS), min_size=1, max_size=5, unique=True))
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
    start = draw(st.dates(date(2026, 1, 1), date(2028, 12, 31)))
    fields: dict[str, Any] = {
        "channels": plans,
        "start": start,
        "months": draw(st.integers(1, 4)),
        "hours_per_week": draw(st.sampled_from([0.5, 1, 2.5, 4, 8, 15])),
        "timezone": draw(st.sampled_from(ZONES)),
    }
    if draw(st.booleans()):
        fields["region"] = "DE-BY"
    if draw(st.booleans()):
        fields["events"] = [{"title": "Sommerfest", "date": start + timedelta(days=40)}]
    if draw(st.booleans()):
        first = start + timedelta(days=draw(st.integers(0, 60)))
        fields["blackout"] = [
            {"from": first, "to": first + timedelta(days=draw(st.integers(0, 14)))}
        ]
    return make(**fields)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies())
def test_any_strategy_keeps_the_invariants(strategy: Strategy) -> None:
    """Horizon, windows, no overlaps, budget, dialogue share and replies hold for any input."""
    frame = schedule(strategy)
    assert_invariants(strategy, frame)
    pd.testing.assert_frame_equal(frame, schedule(strategy))
