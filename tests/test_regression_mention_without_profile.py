"""A reply round said to mention "NABU Lahnau und Familie Yilmaz" under the team's post.

The family had once rung the team's swarm hotline: the contacts file had no profile for them,
so nobody could mention them, and naming them in public was not the team's to do. People to
tag or write to are now only those the team can find there: by a profile in the file, on a
newsletter's list, or by name in a group the note names.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "NABU Lahnau,facebook,https://www.facebook.com/nabu.lahnau,regular,,,,,Partner\n"
    "Familie Yilmaz,facebook,,45,,,,,Rang the swarm hotline\n"
    "Ida Rau,facebook-group,,loose,,,,,Admin of Imker Lahntal\n"
)


def test_only_contacts_the_team_can_find_are_named_to_mention() -> None:
    groups = {"facebook-group": ["Imker Lahntal"]}
    strategy = make(groups=groups, channels={"facebook": {}, "facebook-group": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": channel, "move": "reply", "start": f"2027-03-0{day} 18:00", "topic": ""}
        for day in (2, 3, 4, 5)
        for channel in ("facebook", "facebook-group")
    ]
    facts = Contexts(strategy, entries(strategy, rows))
    named = {p["name"] for i in range(len(rows)) for p in facts(i)["topic_people"]}
    # NABU Lahnau can be found, but an association is no one to tag for a first answer.
    assert named == {"Ida Rau"}
