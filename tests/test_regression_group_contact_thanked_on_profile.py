"""A parish council's thank-you in its Facebook groups slot sent the clerk "to Sue Latimer on
Facebook (https://…), under a recent post of theirs" (r333): a profile, seen from the
council's page, which cannot write there.

On a channel of groups a named note goes under a post in the group the team's note places
the person in, as a named comment already did.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

NOTE = {"de": "Mitglied der Gruppe Hundefreunde Harfeld", "en": "Member of Harford Dog Walkers"}
GROUP = {"de": "Hundefreunde Harfeld", "en": "Harford Dog Walkers"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_named_thank_you_in_groups_goes_to_the_persons_group(language: str) -> None:
    strategy = make(
        language=language,
        channels={"facebook-group": {}},
        groups={"facebook-group": ["Harfeld Noticeboard", GROUP[language]]},
    )
    rows = (
        "name,channel,profile,tier,last_contact,note,talk_about\n"
        f"Sue Latimer,facebook-group,https://example.org/sue,regular,2026-10-22,"
        f"{NOTE[language]},the broken stile\n"
    )
    strategy = strategy.with_people(
        parse_contacts(rows.encode(), "contacts.csv", strategy.keep_in_touch)
    )
    row = {"channel": "facebook-group", "move": "thank", "start": "2027-03-08 08:00"}
    (plain,) = entries(strategy, [row])
    named = dataclasses.replace(plain, contact="Sue Latimer", contact_row=2, contact_reason="due")
    (entry,) = render(strategy, (named,))
    assert GROUP[language] in entry.prompt, entry.prompt
    assert "https://example.org/sue" not in entry.prompt, entry.prompt
