"""A fishmonger's post about shellfish lost the question it was meant to answer.

Every other post in a season opens with it ("Let the start of the season be your reason for
asking now"), and that line took the place of the step. Under a question people ask the
team, the step was the question itself ("How can I tell if mussels are still alive?"): the
post was left to end on "What would you want to know first?" about nothing. The season line
now stands beside such a step, and the closing line asks about the answer given.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "How can I tell if mussels are still alive?"


def test_a_post_in_season_still_answers_its_question() -> None:
    topics = [{"title": "Cornish shellfish", "kind": "theme", "questions": [QUESTION]}]
    moments = [{"title": "Start of the mussel season", "short": "the start of the season",
                "from": date(2027, 3, 1), "to": date(2027, 4, 30),
                "topics": ["Cornish shellfish"]}]  # fmt: skip
    strategy = make(language="en", topics=topics, moments=moments, channels={"instagram": {}})
    texts = []
    for n in range(4):  # both turns of the season line, each on a plan of its own
        row = {"channel": "instagram", "move": "ask", "topic": "Cornish shellfish", "seq": n,
               "start": "2027-03-09 11:00"}  # fmt: skip
        (entry,) = render(strategy, entries(strategy, [row]))
        texts.append(entry.prompt)
    assert [t for t in texts if "season" in t], texts
    assert all(QUESTION in t for t in texts), texts
    assert not [t for t in texts if "want to know first" in t], texts
