"""A garden centre was sent to a page of walking routes to find newcomers asking where to start.

The goal's places listed a parents' group and "the pages of Wendle Valley walking routes"; the
prompt began with the pages, which carry their own routes and no questions from neighbours.
Looking for neighbours' questions now keeps to the goal's groups where it has any.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

WHERE = ["the Facebook group Ashcombe Mums and Dads", "the pages of Wendle Valley walking routes"]


def test_neighbours_questions_are_looked_for_in_groups_not_on_pages() -> None:
    goals = [{"id": "families", "text": "Families visit the café", "where": WHERE}]
    strategy = make(language="en", goals=goals, channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "comment", "start": "2027-03-02 09:00", "topic": "",
         "place": "local"},
        {"channel": "facebook", "move": "congratulate", "start": "2027-03-03 09:00", "topic": ""},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["local_angle"]  # a neighbourhood round, looking for one kind of post
    assert facts(0)["where"] == ("the Facebook group Ashcombe Mums and Dads",)
    assert facts(1)["where"] == ("the pages of Wendle Valley walking routes",)
