"""A violin workshop's reply round under its question about the cello being built invited
to the children's instrument carousel in six days, while the open workshop days on the cello
were three weeks off (r258). A conversation on a topic an event lists leads to that event.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPICS = ["Ein Cello entsteht", "Das erste Instrument fürs Kind"]
CAROUSEL = {"title": "Instrumentenkarussell", "date": date(2027, 3, 20), "topics": [TOPICS[1]]}
OPEN_DAYS = {
    "title": "Tage der offenen Werkstatt",
    "date": date(2027, 4, 10),
    "topics": [TOPICS[0]],
}


def test_the_reply_round_names_the_event_on_its_topic() -> None:
    strategy = make(topics=TOPICS, events=[CAROUSEL, OPEN_DAYS])
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-03-14 12:00", "topic": TOPICS[0]},
        {"channel": "instagram", "move": "reply", "start": "2027-03-14 19:00",
         "topic": TOPICS[0], "follows": 0},
        {"channel": "instagram", "move": "reply", "start": "2027-03-14 19:30",
         "topic": TOPICS[1]},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(1)["event_soon"].title == OPEN_DAYS["title"]
    assert facts(2)["event_soon"].title == CAROUSEL["title"]
