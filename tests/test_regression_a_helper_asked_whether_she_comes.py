"""A farm's notes said a gardener „hilft beim Mitmachtag Jungpflanzen“; the message before the
day asked her „Am 20. März ist der Mitmachtag. Kommst du?“ (r545): helping was no role the
notes could give. Someone who helps with an event, said of it, is asked what they need.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.event_people import helps

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"


@pytest.mark.parametrize(
    ("note", "helping"),
    [
        ("Gärtnerin; hilft beim Mitmachtag Jungpflanzen", True),
        ("Helps with the festival road signs and parking", True),
        ("Hilft im Hofladen; kommt zum Mitmachtag", False),
    ],
)
def test_helping_with_the_event_is_a_role(note: str, helping: bool) -> None:
    row = f"Greta Lindqvist,instagram,@greta,regular,,,,,{note},\n"
    (contact,) = parse_contacts((HEADER + row).encode(), "contacts.csv").people
    named = ("Mitmachtag", "festival")
    assert helps(contact, lambda part: any(n in part for n in named)) is helping
