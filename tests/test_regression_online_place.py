"""An online webinar was invited to "at online, on Zoom".

Invitations put "at" before an event's place unless the place starts with a preposition or
"online"; a comma after that first word ("online, on Zoom") hid it. German had the same gap.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries, strategy_in


@pytest.mark.parametrize(
    ("language", "place", "wrong"),
    [("en", "online, on Zoom", "at online"), ("de", "online, per Zoom", "– online")],
)
def test_an_online_place_reads_without_at(language: str, place: str, wrong: str) -> None:
    strategy = strategy_in(language)
    event = strategy.events[0].model_copy(update={"place": place, "time": "13:00-14:00"})
    strategy = strategy.model_copy(update={"events": [event, *strategy.events[1:]]})
    rows = [{"channel": "linkedin", "move": "announce", "start": "2027-02-01 08:00"}]
    (entry,) = render(strategy, entries(strategy, rows))
    assert place in entry.prompt
    assert wrong not in entry.prompt
