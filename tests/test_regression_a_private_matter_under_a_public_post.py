"""Regression: "What's the latest with your wife's new blister packs?" under a post (r629).

A pharmacy's notes on a customer named his wife's medicines as what to talk about, and the
plan had the team ask about them in a comment under his own post, for everyone to read. A
private matter (medicines, an illness, a loss: ``private_words.yaml``) goes to the person in
a private message.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.names import private_matter
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
TALK = {"en": "his wife's new blister packs", "de": "die neuen Tabletten seiner Frau"}
PRIVATE = {"en": "private message", "de": "persönlichen Nachricht"}
UNDER = {"en": "under a recent post", "de": "unter einem aktuellen Beitrag"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_private_matter_goes_in_a_message(language: str) -> None:
    row = (
        f"Gareth Pugh,facebook,https://example.com/gareth,regular,2026-11-02,,,,,{TALK[language]}\n"
    )
    strategy = make(language=language, channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    (entry,) = entries(
        strategy, [{"channel": "facebook", "move": "thank", "start": "2027-03-15 09:00"}]
    )
    (prompt,) = [e.prompt for e in render(strategy, [replace(entry, contact_row=2)])]
    assert PRIVATE[language] in prompt, prompt
    assert UNDER[language] not in prompt, prompt


@pytest.mark.parametrize(
    ("talk", "private"),
    [
        ("her new medication", True),
        ("die Diagnose ihres Mannes", True),
        ("the Painswick walk", False),
        ("ihre Frage nach dem Rezept für Ziegenkäse", False),
        ("the carpentry tablet stand", False),
    ],
)
def test_private_matters_are_told_by_whole_words(talk: str, private: bool) -> None:
    assert private_matter(talk) is private
