"""A reply round about leftovers bridged to the volunteers' evening of the week before.

A zero-waste shop's round under a leftovers question in a students' group read „Am 22. April
war der Infoabend für Ehrenamtliche: Schlag in zwei, drei Antworten die Brücke dorthin“. A
past event now comes up only in work whose topic it may come up in, as a coming one does.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPICS = [{"title": "Reste verwerten", "kind": "theme"}, {"title": "Ehrenamt", "kind": "theme"}]
EVENTS = [{"title": "Infoabend", "date": date(2027, 4, 22), "time": "19:00",
           "topics": ["Ehrenamt"]}]  # fmt: skip


def test_a_past_event_comes_up_only_on_its_topics() -> None:
    strategy = make(topics=TOPICS, events=EVENTS, channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "reply", "start": "2027-04-24 18:00",
         "topic": topic}
        for topic in ("Reste verwerten", "Ehrenamt")
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["event_past"] is None
    assert facts(1)["event_past"].title == "Infoabend"
