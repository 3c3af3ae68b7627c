"""A cider farm's sign-up for autumn pressing days ran until 23 July, and `validate` said it
"runs from 2027-03-01 to 2027-05-31".

The writer took her `until` for ignored. The plan's days are meant; the message now says so,
with the offer's own last day.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from dialogplan.strategy import parse_strategy
from tests.support import ROOT

EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"


def test_an_offer_past_the_plan_says_its_own_last_day() -> None:
    text = EXAMPLE.read_text("utf-8").replace("hours_per_week: 5", "hours_per_week: 1", 1)
    text += "offers:\n  - title: Sprechstunde am Telefon\n    from: 2027-01-04\n"
    text += "    until: 2027-07-23\n"
    strategy = parse_strategy(text, str(EXAMPLE))
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    (message,) = [f.message for f in findings if f.message.startswith("'Sprechstunde")]
    whole = f"through the whole plan ({strategy.start} to {strategy.last_day}; it goes on until"
    assert f"{whole} 2027-07-23)" in message
