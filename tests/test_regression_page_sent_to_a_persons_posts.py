"""A congratulation round on a Facebook page began with a person's own profile.

"Include Sadie Kerrigan – if there's news in the latest posts, start there": a knife shop's
reviewer (r391), and a kennels' (r399), found a page sent to comment under a person's posts,
which a page cannot do. Where the team writes as a page, a round that names nobody starts
with the organisations it knows there, never with a person; on Instagram a person's profile
is still where to look.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from tests.test_prompt_context import contexts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Sadie Kerrigan,{channel},https://example.com/sadie,regular,2026-08-11,,,,cookery school\n"
)


@pytest.mark.parametrize(("channel", "named"), [("facebook", False), ("instagram", True)])
def test_a_page_does_not_start_under_a_persons_posts(channel: str, named: bool) -> None:
    people = parse_contacts(PEOPLE.format(channel=channel).encode(), "contacts.csv")
    strategy = make(language="en", channels={channel: {}}).with_people(people)
    rows = [{"channel": channel, "move": "congratulate", "start": "2027-03-08 09:00", "topic": ""}]
    nearby = contexts(strategy, rows)(0)["nearby"]
    assert bool(nearby) is named
