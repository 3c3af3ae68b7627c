"""A ukulele club's landlady, who "lets us have the back room for free", was thanked after its
beginners' night "for something Gail shared lately" and asked under the pub's post "what
should we do differently next time?" (r377).

Someone who lends the team the room helps the event; after it, a helper is thanked for the
help and asked what would make it easier for them, in English and in German.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CSV = {
    "en": "Gail Pritchard,facebook,https://example.org/gail,close,2026-11-25,"
    "Landlady; lets us have the back room for free on beginners' nights\n",
    "de": "Gitte Brandt,facebook,https://example.org/gitte,close,2026-11-25,"
    "Wirtin; überlässt uns das Hinterzimmer für den Anfängerabend\n",
}
EVENTS = {
    "en": {"title": "Beginners' night", "date": date(2027, 4, 13)},
    "de": {"title": "Anfängerabend", "date": date(2027, 4, 13)},
}


@pytest.mark.parametrize("seq", [0, 1])
@pytest.mark.parametrize("language", ["en", "de"])
def test_a_helper_is_thanked_for_the_help(language: str, seq: int) -> None:
    strategy = make(language=language, events=[EVENTS[language]], channels={"facebook": {}})
    people = parse_contacts(
        ("name,channel,profile,tier,last_contact,note\n" + CSV[language]).encode(),
        "contacts.csv",
    )
    strategy = strategy.with_people(people)
    rows = [{"channel": "facebook", "move": "thank", "start": "2027-04-20 18:00", "topic": "",
             "seq": seq}]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2, contact_reason="event-past")
             for e in entries(strategy, rows)]  # fmt: skip
    (prompt,) = (e.prompt for e in render(strategy, named))
    assert "shared lately" not in prompt
    assert "zuletzt geteilt" not in prompt
    assert "differently next time" not in prompt
    assert "anders machen" not in prompt
