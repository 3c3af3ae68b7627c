"""„it's a subject close to Graham, so an answer is likely“ showed the planner's reasoning.

Reviewers of a community transport scheme's, a travel agency's and a farm vet's plans read it
as the tool explaining itself, and as a claim the contacts file did not support (Janet's
note was about her son's first flight). The lines that send a post to contacts whose note
touches its topic now only say to send it and ask what they would add.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CONTACTS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Graham Pike,facebook,https://example.org/gp,regular,,,,,Volunteer driver since 2019,\n"
    "Ruth Ames,facebook,https://example.org/ra,regular,,,,,Asks about volunteer driver rotas,\n"
)


@pytest.mark.parametrize("move", ["ask", "story", "listen"])
def test_a_contact_is_named_without_a_claim_about_them(move: str) -> None:
    people = parse_contacts(CONTACTS.encode(), "contacts.csv")
    topics = [{"title": "Volunteer drivers", "kind": "theme"}]
    strategy = make(language="en", topics=topics, channels={"facebook": {}}).with_people(people)
    rows = [{"channel": "facebook", "move": move, "start": f"2027-03-0{n + 2} 09:00",
             "topic": "Volunteer drivers", "seq": n} for n in range(4)]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [t for t in texts if "Graham" in t or "Ruth" in t], texts
    assert not [t for t in texts if "close to" in t or "what them would" in t], texts
