"""A pottery studio's prompts read „who came to the taster evening on 14 April on Wednesday 14
April“.

The event's short form carried its date, and prompts add the day themselves. A date at the end
of a short form („on 14 April“, „am 22. April“, „, 26 February“) is now left out wherever the
prompt names the day anyway, as it already was from a title.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.dates import undated
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize(
    ("short", "bare"),
    [("the taster evening on 14 April", "the taster evening"),
     ("unser Infoabend am 22. April", "unser Infoabend"), ("Meet in May", "Meet in May")],
)  # fmt: skip
def test_a_trailing_date_leaves_a_short_form(short: str, bare: str) -> None:
    assert undated(short) == bare


def test_an_invitation_says_the_day_once() -> None:
    event = {"title": "Taster evening", "short": "the taster evening on 14 April",
             "date": date(2027, 4, 14), "time": "18:30-20:30"}  # fmt: skip
    strategy = make(language="en", events=[event], channels={"instagram": {}})
    on = {"channel": "instagram", "move": "announce", "topic": "", "announce": "Taster evening"}
    rows = [{**on, "start": f"2027-04-{day:02d} 11:00", "seq": day} for day in range(1, 8)]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if p.count("14 April") > 1]
