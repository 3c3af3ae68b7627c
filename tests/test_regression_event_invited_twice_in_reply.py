"""A reply round invited the people who answered to the author visit twice.

Under a question the author visit asked itself ("What would your child ask an author?"),
the reply round's example line said "Come along to the author visit … Will we see you
there?" and the next sentence again "invite them to the author visit with Hannah Pryce".
The goal's pointer now stays out when the example line already invites to the same event.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Author visit with Hannah Pryce", "date": date(2027, 4, 10),
         "time": "10:30-11:30", "place": "Little Owl Books, York",
         "question": "What would your child ask an author if they could?",
         "topics": ["Bedtime books"]}  # fmt: skip
GOALS = [{"id": "families", "text": "Bring families in", "invite": EVENT["title"]}]


def test_the_invitation_is_made_once() -> None:
    strategy = make(language="en", goals=GOALS, events=[EVENT], channels={"instagram": {}},
                    topics=[{"title": "Bedtime books", "kind": "theme"}])  # fmt: skip
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-03-09 18:00",
         "topic": "Bedtime books", "goal": "families"},
        {"channel": "instagram", "move": "reply", "start": "2027-03-09 20:00",
         "topic": "Bedtime books", "goal": "families", "follows": 0},
    ]  # fmt: skip
    for seq in range(4):
        rows[1]["seq"] = seq
        reply = render(strategy, entries(strategy, rows))[1].prompt
        assert EVENT["question"] in reply
        assert "Come along to" in reply or "love to hear more at" in reply, reply
        assert "invite them to" not in reply and "Invite anyone" not in reply, reply
