"""A newsletter two days before the team's talk did not mention it.

An event came up within the week before it only in work on one of its topics; a channel
that sends a piece a week or less may have no other chance to tell its readers. Such a
channel names the coming week's event whatever the piece is about.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

EVENT = {
    "title": "Talk at the Galway Web Meetup",
    "date": date(2027, 6, 23),
    "topics": ["Nachfolge"],
}


def test_a_newsletter_names_next_weeks_event_whatever_its_topic() -> None:
    strategy = make(events=[EVENT], channels={"newsletter": {}, "linkedin": {}})
    rows = [
        {"channel": "newsletter", "move": "ask", "start": "2027-06-21 09:00",
         "topic": "Fachkräfte finden"},
        {"channel": "linkedin", "move": "ask", "start": "2027-06-21 09:00",
         "topic": "Fachkräfte finden"},
    ]  # fmt: skip
    facts = contexts(strategy, rows)  # in calendar order: LinkedIn, then the newsletter
    assert facts(0)["event_soon"] is None
    assert facts(1)["event_soon"].title == EVENT["title"]
