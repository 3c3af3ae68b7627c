"""A dog physiotherapist was told to "Thank Amy Rowlands … for her collies' hydrotherapy
sessions" and invite her to a mobility morning (r564): Amy had done nothing for the team; the
sessions were her own dogs'. Something of the person's own alone (their dogs, the pupils they
are preparing) is no reason for a thank-you: it names something they shared instead.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"


@pytest.mark.parametrize(
    "talk", ["her collies' hydrotherapy sessions", "the flute pupils she is preparing"]
)
def test_no_thanks_for_what_is_theirs_alone(talk: str) -> None:
    strategy = make(
        language="en",
        timezone="Europe/London",
        goals=[
            {
                "id": "dogs",
                "text": "Reach owners of older dogs",
                "who": "owners of older dogs",
                "invite": "Senior dog mobility morning",
            }
        ],
        channels={"instagram": {}, "facebook": {}},
        events=[{"title": "Senior dog mobility morning", "date": date(2027, 3, 27)}],
    )
    note = "Owner of two older and arthritic collies; posts their walks"
    people = HEADER + f"Amy Rowlands,instagram,@amy.collies,loose,,,,,{note},{talk}\n"
    strategy = strategy.with_people(parse_contacts(people.encode(), "contacts.csv"))
    prompts = [e.prompt for e in build(strategy).entries if "Amy" in e.prompt]
    assert prompts
    for prompt in prompts:
        assert f"for {talk}" not in prompt, prompt
