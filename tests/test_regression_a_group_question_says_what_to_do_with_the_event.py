"""Regression: "Leave your second birthday drinks out of the question itself".

A local news site's reviewer (r273) read the rule as a line that might be published. A
question to a group with an event on its topic days away says what to do with it: tell those
who sound keen, in the replies. (An event on another topic stays out: one message per post.)
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_render import entries, render
from tests.test_threads import make


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_event_goes_into_the_replies_said_as_a_step(language: str) -> None:
    topic = {"title": "Local news", "kind": "theme"}
    event = {"title": "Birthday drinks", "date": date(2027, 5, 20), "time": "18:00-21:00",
             "topics": ["Local news"]}  # fmt: skip
    groups = {"facebook-group": ["Wrayhaven Residents"]}
    channels = {"facebook-group": {}}
    strategy = make(
        language=language, topics=[topic], events=[event], channels=channels, groups=groups
    )
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": f"2027-05-{day} 19:00"}
        | {"group": "Wrayhaven Residents", "topic": "Local news"}
        for day in (17, 18)
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("irthday drinks" in p for p in prompts), prompts
    assert not [p for p in prompts if "out of the question" in p or "nicht in die Frage" in p]
