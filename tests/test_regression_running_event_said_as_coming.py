"""A post on the first evening of a three-day weekend called it "tomorrow and on Sunday".

A guesthouse's walk leaders' weekend ran from Friday 09:00; a story at 18:00 that Friday
added "a line about the Walk Leaders' Weekend tomorrow and on Sunday", as if nothing had
happened yet. A reviewer read it as a wrong date. Once an event has begun, the days left are
"still on", set off from its name.
"""

from __future__ import annotations

from tests.support import ROOT, build, load_plan


def test_an_event_on_its_first_evening_is_still_on() -> None:
    strategy = load_plan(ROOT / "plans" / "harbourline-advisory" / "strategy.yaml")
    (fair,) = [e for e in strategy.events if e.until]
    name = fair.short or fair.title
    evening = [
        e
        for e in build(strategy).entries
        if e.start.date() == fair.date and e.start.hour >= 17 and name in e.prompt
    ]
    assert evening
    for entry in evening:
        assert f"{name}, still on " in entry.prompt, entry.prompt
