"""A contact to start with in the wrong group: "In the Teme Valley … group … Start with Rob".

A kennels' writer (r399) found the admin of the dog walkers' group named as the one to start
with in the valley's noticeboard: the team's note placed him in the other group. Work in a
group goes to, and starts with, only the contacts the notes place there or in none of the
channel's groups.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

DOGS, BOARD = "Ludlow Dog Walkers", "Shropshire Cat Owners"
PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Rob Haines,facebook-group,https://example.com/rob,regular,2026-08-02,,,,"
    "Admin of Ludlow Dog Walkers; walks two collies\n"
)


def test_a_contact_is_met_in_the_group_the_notes_name() -> None:
    people = parse_contacts(PEOPLE.encode(), "contacts.csv")
    strategy = make(language="en", channels={"facebook-group": {"hours_per_week": 2}},
                    groups={"facebook-group": [DOGS, BOARD]}).with_people(people)  # fmt: skip
    entries = build(strategy).entries
    assert [e for e in entries if e.group == DOGS and "Rob" in e.prompt]
    assert not [e.prompt for e in entries if e.group == BOARD and "Rob" in e.prompt]
