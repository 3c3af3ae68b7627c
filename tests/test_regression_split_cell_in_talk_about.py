"""A dance school's contacts row had a comma in talk_about, and validate said the cell that
holds it was "most often the note" (r474 writer), who then searched the wrong cell.

The hint names every column of free text the header has.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.errors import ContactsError


def test_a_split_cell_hint_names_talk_about_too() -> None:
    text = (
        "name,channel,tier,note,talk_about\n"
        "Lena Brandt,instagram,close,Tanzpaar seit 2019,die drei Paare, die sie empfahl\n"
    )
    with pytest.raises(ContactsError) as raised:
        parse_contacts(text.encode(), "contacts.csv")
    assert "most often the note or talk_about, needs quotes around it" in str(raised.value)
