"""A Facebook page was told to message people who had never written to it.

A choir's reply rounds on its Facebook page said „ask Sian Morgan and Dave Pritchard
directly“, and an acoustician's page was to „schick eine kurze Nachricht“ to a contact: a
page cannot start a conversation in Messenger. The places data now says so (``writes_first``),
a quiet round on a page mentions its people in a comment, and a message to a contact goes
from the team member's own profile.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.places import channel_places
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PAGE_CONTACTS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Sian Morgan,facebook,https://example.com/sian,regular,2027-01-10,,,,\n"
)


def test_a_facebook_page_cannot_write_first() -> None:
    assert not channel_places("facebook").writes_first
    assert channel_places("instagram").writes_first


@pytest.mark.parametrize(("language", "words"), [("en", "own Facebook profile"),
                                                 ("de", "eigenes Facebook-Profil")])  # fmt: skip
def test_a_message_from_a_page_goes_from_the_team_member_s_profile(
    language: str, words: str
) -> None:
    people = parse_contacts(PAGE_CONTACTS.encode(), "contacts.csv")
    strategy = make(language=language, channels={"facebook": {}}).with_people(people)
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-03-0{n + 2} 09:00"}
            for n in range(2)]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    for prompt in (e.prompt for e in render(strategy, named)):
        assert words in prompt, prompt


def test_a_quiet_round_on_a_page_mentions_its_people_in_a_comment() -> None:
    people = parse_contacts(PAGE_CONTACTS.encode(), "contacts.csv")
    strategy = make(language="en", channels={"facebook": {}}).with_people(people)
    days = [f"2027-03-{d:02d}" for d in (1, 8, 15, 22, 29)] + ["2027-04-05", "2027-04-12"]
    rows = [
        row
        for n, day in enumerate(days)
        for row in (
            {"channel": "facebook", "move": "ask", "start": f"{day} 09:00", "topic": ""},
            {
                "channel": "facebook",
                "move": "reply",
                "start": f"{day} 18:00",
                "follows": 2 * n,
                "topic": "",
            },
        )
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows)) if "Sian" in e.prompt]
    assert prompts
    for prompt in prompts:
        assert "directly" not in prompt and "Write to Sian" not in prompt, prompt
        assert "comment" in prompt
