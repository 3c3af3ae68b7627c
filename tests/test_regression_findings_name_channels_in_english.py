"""A German plan's findings said "Give Facebook-Seite 30 more minutes a week": the channel's
German label inside an English sentence, which three writers in a row read as a slip.

Findings are written in English, and name channels in English too, whatever the plan's
language. What a suggestion asks the team to write into its own strategy (a group's name as
a goal's place) stays in the plan's language.
"""

from __future__ import annotations

from typing import Any

import yaml

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from dialogplan.strategy import parse_strategy
from tests.support import ROOT

ORCHARD = ROOT / "tests/strategies/wyebank-orchard.yaml"


def test_a_german_plans_findings_name_its_channels_in_english() -> None:
    data: dict[str, Any] = yaml.safe_load(ORCHARD.read_text("utf-8"))
    data["language"], data["region"] = "de", "DE-NI"
    strategy = parse_strategy(yaml.safe_dump(data, allow_unicode=True), str(ORCHARD))
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    text = " ".join(f"{f.message} {f.suggestion}" for f in findings)
    assert "Facebook page" in text, text
    assert "Facebook-Seite" not in text, text
