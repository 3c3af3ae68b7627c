"""Regression: a UID kept when its slot's work changed.

UIDs used to count entries per channel and day (``<client>.<channel>.<yyyymmdd>.<n>``).
Changing ``hours_per_week`` from 3.5 to 4 shifted the entries of a day, so most UIDs both
plans had now named other work: a "comment" slot became "connect", and calendar apps and
CalDAV servers took it for the same event edited. A UID now names the move, so other work
gets another UID, and push still recognises (and deletes) the positional ones of old.
"""

from __future__ import annotations

from dialogplan.strategy import parse_strategy
from dialogplan.sync import changes, plan_uid_pattern
from tests.support import ROOT, build

EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"


def _work(hours: str) -> dict[str, tuple[str, str, str]]:
    text = EXAMPLE.read_text("utf-8").replace("hours_per_week: 5", f"hours_per_week: {hours}")
    entries = build(parse_strategy(text, "strategy.yaml")).entries
    return {e.uid: (e.channel, f"{e.start:%Y%m%d}", e.move) for e in entries}


def test_a_uid_in_both_plans_names_the_same_work() -> None:
    before, after = _work("3.5"), _work("4")
    both = before.keys() & after.keys()
    assert both
    assert {uid: before[uid] for uid in both} == {uid: after[uid] for uid in both}
    for uid, (channel, day, move) in after.items():
        assert uid.startswith(f"wolkenwerk-coaching.{channel}.{day}.{move}")


def test_push_deletes_the_positional_uids_an_older_version_left() -> None:
    old = "wolkenwerk-coaching.linkedin.20270105.2@dialogplan"
    assert plan_uid_pattern("wolkenwerk-coaching").fullmatch(old)
    plan = dict.fromkeys(_work("4"), "x")
    found = changes(plan, {old: "y", "zahnarzt@anna.example": "z"}, "wolkenwerk-coaching")
    assert found.delete == (old,)
    assert len(found.create) == len(plan)
