"""A dog groomer was sent to look in "one of the groups you joined" for posts by the vets'
practice manager, a contact of its Facebook page, not a member of any group (r473). And her
note, "the two matted spaniels she sent me", was said to the groomer as "she sent me".

Work in the groups the team joined names only people it knows there; and a note in the
team's "I" is said to the team as "you".
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.voice import yours
from tests.test_prompt_context import contexts
from tests.test_threads import make

CSV = (
    "name,channel,profile,tier,last_contact,note\n"
    "Fernbrook Vets – Priya Chandran,facebook,https://example.com/vets,close,2026-11-20,"
    "refers dogs with matted coats in winter\n"
)
TOPIC = {"title": "Matted coats in winter", "kind": "theme"}


def test_work_in_the_groups_joined_names_no_page_contact() -> None:
    strategy = make(language="en", topics=[TOPIC],
                    channels={"facebook": {}, "facebook-group": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv"))  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "comment", "start": "2027-03-02 08:00",
             "topic": TOPIC["title"]},
            {"channel": "facebook", "move": "ask", "start": "2027-03-03 18:00",
             "topic": TOPIC["title"]}]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["topic_people"] == ()
    assert [p["name"] for p in facts(1)["topic_people"]] == ["Priya Chandran from Fernbrook Vets"]


def test_a_note_in_the_teams_i_is_said_to_the_team() -> None:
    assert yours("the two spaniels she sent me in November") == (
        "the two spaniels she sent you in November"
    )
    assert yours("the frame I built for her") == "the frame you built for her"
