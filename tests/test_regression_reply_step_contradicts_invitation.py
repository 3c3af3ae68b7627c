"""A reply round told the team to ask about each answer, then gave an invitation as the line.

A potter's Instagram question was the trade morning's own question. The reply round said
„pick up one point in each answer and ask about it. You could write: “Thanks – let's talk it
through in person: Wednesday 17 March …”“: the step of one kind of round, the line of
another. Where the question invites to its event, the step now says to tell people when and
where to come.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "What does your busiest plate have to survive in a week?"
TOPICS = [{"title": "Tableware for cafés", "short": "tableware for cafés"}]
EVENTS = [{"title": "Trade morning", "date": date(2027, 3, 17), "time": "10:00-12:00",
           "question": QUESTION, "topics": ["Tableware for cafés"]}]  # fmt: skip


def test_a_round_that_invites_says_so_in_its_step() -> None:
    strategy = make(language="en", topics=TOPICS, events=EVENTS, channels={"instagram": {}})
    rows = []
    for n, day in enumerate(range(1, 16)):
        rows.append({"channel": "instagram", "move": "ask", "topic": "Tableware for cafés",
                     "start": f"2027-03-{day:02d} 12:00"})  # fmt: skip
        rows.append({"channel": "instagram", "move": "reply", "follows": 2 * n,
                     "start": f"2027-03-{day:02d} 18:00"})  # fmt: skip
    inviting = [e.prompt for e in render(strategy, entries(strategy, rows))
                if "see you there?”" in e.prompt.lower()]  # fmt: skip
    assert inviting
    for prompt in inviting:
        assert "where to take it further" in prompt or "when and where to come" in prompt, prompt
