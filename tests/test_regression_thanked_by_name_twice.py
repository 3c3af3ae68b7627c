"""A thank-you under a question about rainy-day spots said to thank people "naming each with
the answer they gave", then to "list the places people named, each with the name of whoever
named it" (r604): one step, said twice. The line after the opening lists the answers only.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

PLACE = "Where do you go round here when it rains at the weekend?"


def test_the_people_are_named_once() -> None:
    topics = [{"title": "Rainy weekends", "kind": "theme", "questions": [PLACE]}]
    strategy = make(language="en", topics=topics, channels={"instagram": {}})
    rows = asked_and_followed("thank", 8, 3, topic="Rainy weekends")
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "thank"]
    listed = [t for t in thanks if "places people named" in t]
    assert listed, thanks
    assert not [t for t in listed if "whoever named it" in t or "who named each" in t], listed
