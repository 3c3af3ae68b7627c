"""On the morning of its open day, a music school's post asked about stage fright.

The open day ran from 10 to 14; at 11 an own post on another topic mentioned only the concert
two weeks later, because the open day listed other topics. On the eve of an event and on its
day until it ends, the event comes up whatever the entry's topic: it is what those days are about.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

OPEN_DAY = {
    "title": "Tag der offenen Tür",
    "date": date(2027, 3, 13),
    "time": "10:00-14:00",
    "topics": ["Instrumentenwahl"],
}
CONCERT = {"title": "Frühlingskonzert", "date": date(2027, 3, 27), "topics": ["Lampenfieber"]}


def test_the_event_of_the_day_comes_up_in_posts_on_any_topic() -> None:
    strategy = make(topics=["Instrumentenwahl", "Lampenfieber"], events=[OPEN_DAY, CONCERT])
    rows = [
        {"channel": "linkedin", "move": "ask", "start": f"2027-03-{day} {hour}",
         "topic": "Lampenfieber"}
        for day, hour in (("12", "11:00"), ("13", "11:00"), ("13", "18:00"))
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    soon = [facts(i)["event_soon"] for i in range(len(rows))]
    assert soon[0].title == "Tag der offenen Tür"  # the eve: tomorrow is the open day
    assert soon[1].title == "Tag der offenen Tür"
    assert soon[2].title == "Frühlingskonzert"  # after it ended, it is past
