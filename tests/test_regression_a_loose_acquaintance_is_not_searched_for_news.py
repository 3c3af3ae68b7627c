"""Regression: an electrician's Instagram round of congratulations sent the firm to "look in
on" a pupil it knew only loosely, "if there's something to celebrate there" (r580). A
congratulation round looks for news on the pages of organisations the team knows, and on
the profiles of people it knows well or shares something with, not on a loose acquaintance's
who only asked it a question.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.test_prompt_context import contexts
from tests.test_threads import make

ROWS = [{"channel": "instagram", "move": "congratulate", "start": "2027-03-03 08:00", "topic": ""}]
HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"


def _nearby(tier: str) -> list[str]:
    people = (
        HEADER + f"Lea Schuster,instagram,@lea,{tier},,,,,Pupil,her question about a placement\n"
    )
    strategy = make().with_people(parse_contacts(people.encode(), "contacts.csv"))
    return [p["name"] for p in contexts(strategy, ROWS)(0)["nearby"]]


def test_a_loose_acquaintance_is_not_where_the_round_looks() -> None:
    assert _nearby("loose") == []


def test_someone_known_well_still_is() -> None:
    assert _nearby("close") == ["Lea Schuster"]
