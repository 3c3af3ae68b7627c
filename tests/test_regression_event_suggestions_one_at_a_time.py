"""A toy shop followed two suggestions for two events at once, and a third event lost out.

Each event announced too seldom got the fewest more minutes on one channel, tried alone. A
team that took two of them together saw another event lose its second announcement and went
round again (four of nine writers last time, the toy shop this time). Where the suggestions
name different changes, they are tried together too, and the finding says which numbers do
it for all events at once; followed to the letter, they leave no event short that any
suggestion could help.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import ROOT

ORCHARD = ROOT / "tests/strategies/wyebank-orchard.yaml"
TOGETHER = re.compile(
    r" at once, give .*?\((?P<numbers>[^;)]*); tried on a copy of your plan, all together\)"
)
NUMBER = re.compile(r"(?P<field>[\w.-]+) [\d.]+ → (?P<value>[\d.]+)")


def _parsed(data: dict[str, Any]) -> Strategy:
    return parse_strategy(yaml.safe_dump(data, allow_unicode=True), str(ORCHARD))


def _unannounced(strategy: Strategy) -> dict[str, str]:
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    return {f.message.split("'")[1]: f.suggestion for f in findings if f.code == "unannounced"}


def test_the_suggestions_followed_together_announce_every_event_they_help() -> None:
    data = yaml.safe_load(ORCHARD.read_text("utf-8"))
    before = _unannounced(_parsed(data))
    helped = {title for title, advice in before.items() if advice.startswith("Give ")}
    found = {m.group("numbers") for advice in before.values() if (m := TOGETHER.search(advice))}
    assert len(helped) >= 2
    (numbers,) = found  # one set of numbers, the same in every finding
    for change in NUMBER.finditer(numbers):
        *path, key = change.group("field").split(".")
        place = data
        for part in path:
            place = place[part]
        place[key] = float(change.group("value"))
        place.pop("share", None)
    assert not helped & set(_unannounced(_parsed(data)))
