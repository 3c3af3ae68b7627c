"""A youth circus was sent to a group admin's personal Facebook profile to comment.

A named comment on a channel of groups pointed to the person's profile, which is often
closed to people who are not friends. It now points to the group the team's note places
them in.
"""

from __future__ import annotations

import dataclasses

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

ROWS = (
    "name,channel,profile,tier,last_contact,note\n"
    "Anja Reuter,facebook-group,https://example.org/anja,regular,2026-10-22,"
    "Admin der Gruppe Ehrenamt in Göttingen\n"
)


def test_a_named_comment_in_groups_goes_to_the_persons_group() -> None:
    strategy = make(
        channels={"facebook-group": {}},
        groups={"facebook-group": ["Eltern in Göttingen", "Ehrenamt in Göttingen"]},
    )
    strategy = strategy.with_people(
        parse_contacts(ROWS.encode(), "kontakte.csv", strategy.keep_in_touch)
    )
    row = {"channel": "facebook-group", "move": "comment", "start": "2027-03-08 08:00"}
    (plain,) = entries(strategy, [row])
    named = dataclasses.replace(plain, contact="Anja Reuter", contact_row=2, contact_reason="due")
    (entry,) = render(strategy, (named,))
    assert "in der Gruppe „Ehrenamt in Göttingen“" in entry.prompt
    assert "https://example.org/anja" not in entry.prompt
