"""A cycling group was asked about mending clothes, and the team could not say it was wrong.

A repair café kept a cycling group and a sewing group on Facebook for one goal, the
neighbours who bring things to mend. Its theme „Kleidung flicken“ went into both groups by
turns, so a prompt sent the team to ask the cyclists how they patch their jeans, which
nobody there talks about. A goal cannot say it: both groups are its people's. A group now
lists the themes its members talk about, and gets no others.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_threads import make

TOPICS = [
    {"title": "Kleidung flicken", "kind": "theme"},
    {"title": "Kette ölen", "kind": "theme"},
    {"title": "Wackelige Stühle", "kind": "theme"},
    "Unser Reparaturabend",
]
GOALS = [
    {
        "id": "nachbarn",
        "text": "Nachbarn bringen Kaputtes",
        "where": ["die Facebook-Gruppe Radtreff Südstadt", "die Facebook-Gruppe Nähen in Kassel"],
    }
]


def _strategy(groups: list[object]) -> Strategy:
    return make(
        goals=GOALS,
        topics=TOPICS,
        groups={"facebook-group": groups},
        channels={"facebook-group": {}},
    )


def test_a_group_that_lists_its_themes_hears_only_about_them() -> None:
    strategy = _strategy(
        [
            {"name": "Radtreff Südstadt", "topics": ["Kette ölen"]},
            {"name": "Nähen in Kassel", "topics": ["Kleidung flicken", "Wackelige Stühle"]},
        ]
    )
    work = schedule_work(strategy)
    cycling = {e.topic for e in work if e.group == "Radtreff Südstadt"}
    sewing = {e.topic for e in work if e.group == "Nähen in Kassel"}
    assert cycling <= {"Kette ölen", ""}
    assert "Kette ölen" in cycling
    assert sewing - {""} == {"Kleidung flicken", "Wackelige Stühle"}
    assert not [f for f in check_plan(strategy, work) if "names no goal" in f.message]


def test_a_group_without_themes_stays_open_to_all_of_them() -> None:
    strategy = _strategy(["Radtreff Südstadt", {"name": "Nähen in Kassel", "topics": []}])
    topics = {e.topic for e in schedule_work(strategy) if e.group}
    assert {"Kleidung flicken", "Kette ölen", "Wackelige Stühle"} <= topics


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Kette olen", "unknown topic 'Kette olen'; did you mean 'Kette ölen'?"),
        ("Unser Reparaturabend", "'Unser Reparaturabend' is the team's own subject"),
    ],
)
def test_a_group_names_themes_of_the_strategy(title: str, message: str) -> None:
    with pytest.raises(StrategyError) as raised:
        _strategy([{"name": "Radtreff Südstadt", "topics": [title]}])
    (problem,) = raised.value.problems
    assert problem.path == "groups.facebook-group[0].topics[0]"
    assert problem.message.startswith(message)
