"""Plan checks: a team learns about neglected channels before its followers do."""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

from dialogplan.findings import Finding, Severity, severity_counts
from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import PLANS, calendar_entries, load_plan


def strategy(**fields: Any) -> Strategy:
    """Four weeks of LinkedIn with a three-day silence limit, unless told otherwise."""
    data: dict[str, Any] = {
        "client": "maar-moebel",
        "name": "Maar Möbel",
        "language": "de",
        "timezone": "Europe/Berlin",
        "start": date(2027, 1, 4),
        "end": date(2027, 1, 31),
        "hours_per_week": 2,
        "audience": "Familien in der Eifel",
        "goals": [{"id": "kunden", "text": "Kundschaft"}, {"id": "team", "text": "Team"}],
        "topics": ["Holz", "Werkstatt"],
        "channels": {"linkedin": {"max_silence_days": 3, "min_minutes_per_week": 0}},
    }
    data.update(fields)
    return parse_strategy(yaml.safe_dump(data, allow_unicode=True), "test.yaml")


def at(*days: int, move: str = "comment", **extra: Any) -> list[dict[str, Any]]:
    """Entries at 08:00 on the given days of January 2027."""
    return [{"start": f"2027-01-{day:02d} 08:00", "move": move, **extra} for day in days]


def findings(plan: Strategy, entries: list[dict[str, Any]], code: str) -> list[Finding]:
    """The findings of one kind for a hand-built calendar."""
    calendar = calendar_entries(plan, entries, rendered=False)
    return [f for f in check_plan(plan, calendar) if f.code == code]


def steady(plan: Strategy) -> list[dict[str, Any]]:
    """Activity every other day, within any silence limit of at least one day."""
    return at(*range(4, 32, 2)) + at(5, goal="team", topic="Werkstatt")


def test_gap_of_exactly_the_tolerance_is_fine() -> None:
    """Three silent days on a channel that tolerates three raise nothing."""
    plan = strategy()
    assert findings(plan, at(4, 8, 12, 16, 20, 24, 28), "gap") == []


def test_gap_one_day_longer_is_an_error_with_dates() -> None:
    """Four silent days on a channel that tolerates three are reported with their dates."""
    plan = strategy()
    (gap,) = findings(plan, at(4, 8, 13, 16, 20, 24, 28), "gap")
    assert (gap.severity, gap.channel, gap.start, gap.end) == (
        Severity.ERROR, "linkedin", date(2027, 1, 9), date(2027, 1, 12),
    )  # fmt: skip
    assert "4 days" in gap.message and not gap.declared


def test_silence_at_the_edges_of_the_horizon_counts() -> None:
    """Followers notice a late start and an early stop as much as a pause."""
    plan = strategy()
    gaps = findings(plan, at(8, 12, 16, 20, 24, 27), "gap")
    assert [(g.start, g.end) for g in gaps] == [
        (date(2027, 1, 4), date(2027, 1, 7)),
        (date(2027, 1, 28), date(2027, 1, 31)),
    ]


def test_listening_does_not_break_a_silence() -> None:
    """Reading along is invisible to followers, so it leaves the gap open."""
    plan = strategy()
    entries = at(4, 8, 13, 16, 20, 24, 28) + at(10, move="listen")
    assert len(findings(plan, entries, "gap")) == 1


def test_a_declared_break_is_reported_as_declared() -> None:
    """A blackout still reads as silence to followers, but it is marked as the team's choice."""
    plan = strategy(
        blackout=[{"from": date(2027, 1, 10), "to": date(2027, 1, 11), "reason": "Messe"}]
    )
    (gap,) = findings(plan, at(4, 8, 13, 16, 20, 24, 28), "gap")
    assert gap.declared and gap.severity == Severity.WARNING and "Messe" in gap.message


def test_a_channel_with_nothing_planned_is_one_long_gap() -> None:
    """An orphaned channel shows up as silent for the whole horizon."""
    plan = strategy(channels={"linkedin": {"max_silence_days": 3}, "xing": {}})
    gaps = findings(plan, at(4, 8, 12, 16, 20, 24, 28), "gap")
    assert [(g.channel, g.start, g.end) for g in gaps] == [
        ("xing", date(2027, 1, 4), date(2027, 1, 31))
    ]


def test_thin_channel_below_its_minimum() -> None:
    """A channel kept on less time than it needs to stay alive is named with both figures."""
    plan = strategy(channels={"linkedin": {"min_minutes_per_week": 30}})
    # Four weeks at 20 minutes: below 30.
    (thin,) = findings(plan, at(4, 11, 18, 25), "thin")
    assert thin.channel == "linkedin" and "20 minutes" in thin.message and "30" in thin.message


def test_channel_exactly_at_its_minimum_is_not_thin() -> None:
    """Meeting the minimum is enough."""
    plan = strategy(channels={"linkedin": {"min_minutes_per_week": 20}})
    assert findings(plan, at(4, 11, 18, 25), "thin") == []


def test_unsustainable_budget_says_by_how_much_and_what_to_drop() -> None:
    """Too many channels for the hours: the shortfall and the channels to drop are named."""
    plan = strategy(
        hours_per_week=1.5,
        goals=[{"id": "kunden", "text": "Kundschaft"}, {"id": "team", "text": "Team"}],
        channels={
            "linkedin": {"min_minutes_per_week": 60},
            "instagram": {"goals": ["kunden"]},
            "youtube": {"goals": ["team"]},
        },
    )
    (finding,) = findings(plan, [], "unsustainable")
    # 60 + 60 + 90 minutes = 3.5 hours against 1.5.
    assert "3.5 hours" in finding.message and "short by 2 hours" in finding.message
    assert finding.suggestion.startswith("Drop YouTube, Instagram ")


def test_budget_that_keeps_every_channel_alive_is_sustainable() -> None:
    """No finding when the minimums fit the hours."""
    assert findings(strategy(), [], "unsustainable") == []


def test_monologue_when_announcements_dominate() -> None:
    """Too much promotion is reported, as a share and per channel."""
    plan = strategy(events=[{"title": "Tag der offenen Werkstatt", "date": date(2027, 2, 6)}])
    entries = at(4, 6, 8, move="announce") + at(5, 7, 9, move="reply")
    codes = [f.channel for f in findings(plan, entries, "monologue")]
    assert codes == ["", "linkedin"]


def test_dialogue_heavy_plan_is_no_monologue() -> None:
    """A plan of comments and questions raises nothing."""
    assert findings(strategy(), steady(strategy()), "monologue") == []


def test_starved_goal_names_the_month() -> None:
    """A goal without a single move in a month is reported for that month."""
    plan = strategy(end=date(2027, 2, 28))
    entries = at(4, 10, goal="team") + [{"start": f"2027-02-{d:02d} 08:00"} for d in (1, 8, 15)]
    starved = findings(plan, entries, "starved-goal")
    assert [(f.start, f.end) for f in starved] == [
        (date(2027, 1, 4), date(2027, 1, 31)),  # kunden in January
        (date(2027, 2, 1), date(2027, 2, 28)),  # team in February
    ]


def test_unused_topic_is_reported() -> None:
    """A topic the plan never gets to is named."""
    (unused,) = findings(strategy(), at(4, 8), "unused-topic")
    assert "'Werkstatt'" in unused.message


def test_own_post_without_reply_round() -> None:
    """An own post nobody comes back to is an error; one with a reply round is fine."""
    plan = strategy()
    entries: list[dict[str, Any]] = [
        {"start": "2027-01-05 08:00", "move": "ask"},
        {"start": "2027-01-05 12:00", "move": "reply", "follows": 0},
        {"start": "2027-01-07 08:00", "move": "story"},
    ]
    (missing,) = findings(plan, entries, "no-reply")
    assert missing.start == date(2027, 1, 7) and "story" in missing.message


def test_generated_plans_keep_their_own_rules() -> None:
    """What the scheduler makes never breaks the dialogue or reply rules it checks."""
    for path in PLANS:
        plan = load_plan(path)
        codes = {f.code for f in check_plan(plan, schedule(plan))}
        assert not codes & {"monologue", "no-reply"}, path


def test_healthy_examples_have_no_errors() -> None:
    """The shipped examples, other than the over-committed one, plan without errors."""
    for path in PLANS:
        if path.parent.name == "tischlerei-falk":
            continue
        plan = load_plan(path)
        errors = [f for f in check_plan(plan, schedule(plan)) if f.severity == Severity.ERROR]
        assert errors == [], path


def test_over_committed_example_gets_concrete_advice() -> None:
    """Many channels on three hours: the check says by how much and which channels to drop."""
    plan = load_plan(next(p for p in PLANS if p.parent.name == "tischlerei-falk"))
    found = check_plan(plan, schedule(plan))
    assert found[0].code == "unsustainable" and "short by 4.25 hours" in found[0].message
    thin = {f.channel for f in found if f.code == "thin"}
    assert {"youtube", "linkedin", "tiktok"} <= thin


def test_severity_counts_name_every_severity_most_severe_first() -> None:
    """Reports show errors, warnings and infos, zero included, in that order."""
    assert severity_counts([]) == {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
    assert list(severity_counts([])) == [Severity.ERROR, Severity.WARNING, Severity.INFO]
    plan = load_plan(next(p for p in PLANS if p.parent.name == "tischlerei-falk"))
    found = check_plan(plan, schedule(plan))
    counts = severity_counts(found)
    assert sum(counts.values()) == len(found) and counts[Severity.ERROR] >= 1
    assert counts[Severity.WARNING] == sum(f.severity == Severity.WARNING for f in found)
