"""A meeting that invited to Harbourline's webinar said its link, but the calendar entry's
URL and invites stayed empty: the goal's weekly pointer (its stress test), which the prompt
did not name, was looked at first. The team's next date comes first now.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WEBINAR = {"title": 'Webinar "Supplier failures"', "date": date(2027, 3, 18),
           "time": "16:00-17:00", "url": "https://example.org/webinar"}  # fmt: skip
TEST = {
    "title": "Supply-chain stress test",
    "from": date(2027, 3, 1),
    "url": "https://example.org/test",
}
GOAL = {"id": "mit", "text": "Leads", "who": "operations leads",
        "invite": [TEST["title"], WEBINAR["title"]]}  # fmt: skip


def test_the_meeting_carries_the_link_it_names() -> None:
    strategy = make(language="en", goals=[GOAL], events=[WEBINAR], offers=[TEST],
                    channels={"linkedin": {}})  # fmt: skip
    rows = [{"channel": "linkedin", "move": "meet", "goal": "mit", "start": "2027-03-12 12:00"}]
    entry = render(strategy, entries(strategy, rows))[0]
    assert WEBINAR["url"] in entry.prompt
    assert (entry.url, entry.invites) == (WEBINAR["url"], WEBINAR["title"])
