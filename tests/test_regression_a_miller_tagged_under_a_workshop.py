"""Regression: a miller tagged under a zero-waste shop's invitation to a bathroom workshop
(r499).

The reply round under the invitation said, if it stayed quiet, to mention Ronny from the mill
in a comment, „Eine erste Antwort macht es den anderen leicht“: nothing in the team's notes
tied him to bathroom products. Under the team's own post on no topic, nobody is picked to
give the first answer.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Ronny Seidel,facebook,https://facebook.example/ronny,regular,2026-09-15,,,,Müller\n"
    "Anke Voss,facebook,https://facebook.example/anke,regular,2026-10-01,,,,Stammkundin\n"
)


def test_nobody_is_picked_to_answer_under_an_invitation() -> None:
    strategy = make(channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        row
        for day in (2, 3, 4, 5)
        for row in (
            {"channel": "facebook", "move": "announce", "start": f"2027-03-0{day} 09:00",
             "topic": ""},
            {"channel": "facebook", "move": "reply", "start": f"2027-03-0{day} 18:00",
             "topic": "", "follows_up": f"row{2 * day - 4}@test"},
        )
    ]  # fmt: skip
    facts = Contexts(strategy, entries(strategy, rows))
    replies = [i for i, row in enumerate(rows) if row["move"] == "reply"]
    assert not [p for i in replies for p in facts(i)["topic_people"]]
