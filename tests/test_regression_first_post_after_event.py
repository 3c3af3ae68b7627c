"""A food truck's question post two days after its spring festival said nothing of it.

Own posts looked back on an event whatever their topic only on its day and the day after
(all week on a channel whose pieces are rare); a reviewer missed the thanks to the people
who came. A channel's first own post since an event for its goal's people now looks back on
it all the week after; the posts after that are about their own topics again.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

EVENT = {
    "title": "Frühlingsfest am Truck",
    "date": date(2027, 5, 16),
    "time": "11:00-18:00",
    "topics": ["Nachfolge"],
}


def test_the_first_post_after_the_event_looks_back_on_it() -> None:
    strategy = make(events=[EVENT], channels={"instagram": {}, "linkedin": {}})
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-05-19 11:00",
         "topic": "Fachkräfte finden"},
        {"channel": "instagram", "move": "story", "start": "2027-05-21 11:00",
         "topic": "Fachkräfte finden"},
        {"channel": "linkedin", "move": "ask", "start": "2027-05-21 12:00",
         "topic": "Fachkräfte finden"},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["event_past"].title == EVENT["title"]
    assert facts(1)["event_past"] is None  # the channel has looked back already
    assert facts(2)["event_past"].title == EVENT["title"]  # LinkedIn's first since
