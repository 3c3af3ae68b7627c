"""A pool association's newsletter, two days after its spring clean-up, never thanked the helpers.

Own posts looked back on an event only on its day and the day after; a newsletter comes out
every week or two, so its next issue missed the people who came. A piece on a channel whose
pieces are rare now opens with the event all the week after it, whatever its topic.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENTS = [{"title": "Frühjahrsputz im Freibad", "date": date(2027, 4, 24), "time": "09:00-13:00",
           "place": "Freibad Reichenthann"}]  # fmt: skip


@pytest.mark.parametrize(("language", "said"), [("de", "Frühjahrsputz"), ("en", "thank")])
def test_the_next_issue_opens_with_the_event(language: str, said: str) -> None:
    strategy = make(language=language, events=EVENTS, channels={"newsletter": {}})
    row = {"channel": "newsletter", "move": "article", "start": "2027-04-26 18:00"}
    (entry,) = render(strategy, entries(strategy, [row]))
    assert said in entry.prompt, entry.prompt
