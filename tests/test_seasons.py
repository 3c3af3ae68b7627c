"""Topics are used only when they are worth talking about: in season and between their days."""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.errors import StrategyError
from dialogplan.seasons import in_season, topic_months
from dialogplan.strategy import Topic
from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(
    ("title", "months"),
    [
        ("Cycling safely in winter", {10, 11, 12, 1, 2}),
        ("Winterreifen richtig lagern", {10, 11, 12, 1, 2}),
        ("Unser Sommerfest", {5, 6, 7, 8}),
        ("Plätzchen für die Weihnachtszeit", {11, 12}),
        ("Adventure travel for families", None),
        ("Springfield's new library", None),
        ("Second-hand bikes worth buying", None),
    ],
)
def test_a_season_named_in_the_title_gives_the_months(title: str, months: set[int] | None) -> None:
    found = topic_months(Topic(title=title))
    assert found == (frozenset(months) if months else None)


def test_the_short_form_can_name_the_season_too() -> None:
    assert topic_months(Topic(title="Sicher unterwegs", short="Radfahren im Winter"))


def test_own_months_win_over_the_season_in_the_title() -> None:
    topic = Topic(title="Winter cycling", months=(1,))
    assert in_season(topic, date(2027, 1, 20))
    assert not in_season(topic, date(2027, 12, 20))


def test_from_and_until_bound_a_topic() -> None:
    bounds = {"from": date(2027, 3, 1), "until": date(2027, 4, 10)}
    topic = Topic.model_validate({"title": "Vor der Premiere", **bounds})
    assert not in_season(topic, date(2027, 2, 28))
    assert in_season(topic, date(2027, 4, 10))
    assert not in_season(topic, date(2027, 4, 11))


def test_until_before_from_is_a_located_problem() -> None:
    topics = [{"title": "x", "from": date(2027, 3, 1), "until": date(2027, 2, 1)}]
    with pytest.raises(StrategyError) as caught:
        make(topics=topics)
    assert "until" in str(caught.value)
    assert "topics" in str(caught.value)


def test_a_winter_topic_is_not_planned_in_spring() -> None:
    strategy = make(
        months=3,
        topics=[
            {"title": "Cycling safely in winter", "kind": "theme", "short": "winter cycling"},
            {"title": "Second-hand bikes", "kind": "theme", "short": "second-hand bikes"},
            {"title": "Teaser for the open day", "until": date(2027, 3, 20)},
        ],
    )
    entries = build(strategy).entries
    assert "Cycling safely in winter" not in {e.topic for e in entries}  # winter ends in February
    assert "Second-hand bikes" in {e.topic for e in entries}
    teaser = [e.start.date() for e in entries if e.topic == "Teaser for the open day"]
    assert teaser
    assert max(teaser) <= date(2027, 3, 20)


def test_months_written_as_a_yaml_list_are_read() -> None:
    strategy = make(topics=[{"title": "Radfahren", "months": [11, 12, 1, 2]}])
    assert topic_months(strategy.topics[0]) == frozenset({11, 12, 1, 2})
