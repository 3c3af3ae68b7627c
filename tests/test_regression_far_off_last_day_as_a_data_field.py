"""A tenants' association's announcement of its weekly drop-in said "(open until 31 May)".

On 8 March the last day was weeks away, and the plan simply ended then: the bracket read as a
data field. An offer's last day is said only within four weeks of it, when it is a reason to
come now.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

OFFERS = [{"title": "Thursday advice drop-in", "from": date(2027, 3, 1),
           "until": date(2027, 5, 31)}]  # fmt: skip


@pytest.mark.parametrize(("day", "said"), [("2027-03-08", False), ("2027-05-10", True)])
def test_the_last_day_is_said_when_it_is_near(day: str, said: bool) -> None:
    strategy = make(language="en", offers=OFFERS, channels={"facebook": {}})
    row = {"channel": "facebook", "move": "announce", "announce": "Thursday advice drop-in",
           "start": f"{day} 10:00"}  # fmt: skip
    (entry,) = render(strategy, entries(strategy, [row]))
    assert ("31 May" in entry.prompt) == said, entry.prompt
