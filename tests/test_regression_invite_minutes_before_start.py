"""A florist's reply round at 18:15 invited commenters to "the wreath-making workshop today
from 6:30 to 9 pm": a quarter of an hour before the team hosted it, which a reviewer marked
impossible. On its own day, a workshop is invited to only until two hours before it starts;
a day people drop in on, until it ends.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make


def test_the_same_day_invites_only_while_people_can_still_come() -> None:
    topics = [{"title": "Wreaths", "kind": "theme"}]
    events = [
        {"title": "Wreath workshop", "date": date(2027, 12, 2), "time": "18:30-21:00",
         "topics": ["Wreaths"]},
        {"title": "Open day", "date": date(2027, 12, 4), "time": "10:00-16:00",
         "topics": ["Wreaths"]},
    ]  # fmt: skip
    strategy = make(language="en", topics=topics, events=events)
    rows = [{"channel": "instagram", "move": "ask", "start": start, "topic": "Wreaths"}
            for start in ("2027-12-02 10:00", "2027-12-02 18:15", "2027-12-04 13:00")]  # fmt: skip
    facts = contexts(strategy, rows)
    soon = [facts(i)["event_soon"] for i in range(3)]
    assert soon[0] is not None and soon[0].title == "Wreath workshop"
    assert soon[1] is None or soon[1].title != "Wreath workshop"
    assert soon[2] is not None and soon[2].title == "Open day"
