"""Five writers read "'Ausleihe am Mittwoch' … no post announces it (3 prompts invite to it in
passing)" from `validate` and "named or linked in 8 more prompts" from `prompts`, and asked
which to trust (r353, r356, r362, r367, r368 writers). The finding gives the count `prompts`
gives, in its words.
"""

from __future__ import annotations

import re

from dialogplan.prompt_stats import prompt_stats
from dialogplan.strategy import parse_strategy
from tests.support import build
from tests.test_regression_offer_never_announced_unchecked import REVISED_AT, SHOP


def test_validate_and_prompts_count_the_same_mentions() -> None:
    strategy = parse_strategy(SHOP.read_text("utf-8"), "thistle-thread.yaml")
    outputs = build(strategy, revised_at=REVISED_AT)
    (finding,) = [
        f for f in outputs.findings if f.code == "unannounced" and "clear-out" in f.message
    ]
    found = re.search(
        r"(\d+) prompts? mentions? it in passing "
        r"\(named or linked, as `prompts` counts them\)",
        finding.message,
    )
    assert found, finding.message
    stats = prompt_stats(strategy, outputs.entries)
    assert int(found.group(1)) == stats.event_mentions["Bring us your clear-out"]
