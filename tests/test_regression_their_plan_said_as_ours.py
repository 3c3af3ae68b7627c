"""A choir for people with dementia wrote to a care home's activities coordinator, who brings
residents to its sessions, "We're still thinking of bringing residents to the spring concert"
(r562): the team made itself the one bringing them. Something being done that the two share
is asked after as a plan of both: "Are we still on for …?"
"""

from __future__ import annotations

from datetime import date

from dialogplan.contacts import parse_contacts
from dialogplan.strategy import Strategy
from tests.support import build
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Hollybank Care Home – Joanne Reeve,newsletter,joanne@example.org,regular,"
    "2026-10-21,,,,Activities coordinator,bringing residents to the spring concert\n"
)


def _people() -> Strategy:
    strategy = make(
        language="en",
        timezone="Europe/London",
        channels={"linkedin": {}, "newsletter": {}},
        events=[{"title": "Spring concert", "date": date(2027, 3, 27)}],
    )
    return strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))


def test_a_shared_plan_is_asked_after_as_both_of_ours() -> None:
    prompts = [e.prompt for e in build(_people()).entries if "Joanne" in e.prompt]
    assert any("bringing residents" in p for p in prompts), prompts
    for prompt in prompts:
        assert "thinking of bringing" not in prompt, prompt
