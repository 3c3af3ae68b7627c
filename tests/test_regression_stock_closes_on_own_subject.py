"""A radio's post about its volunteer presenters closed with „Has something like that happened
to you too?“, another with „What would you want to know before deciding?“.

Listeners have not been on air, and nothing in the post asked them to decide anything. A post
about the team's own subject now closes with questions its readers can answer from outside:
what they would have done, what they want to ask.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MISFITS = ("happened to you too", "before deciding", "from their own experience")


def test_a_post_on_an_own_subject_closes_with_an_answerable_question() -> None:
    topic = {"title": "Volunteer presenters", "kind": "own", "short": "our volunteer presenters"}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "ask", "start": f"2027-04-{day:02d} 18:00",
         "topic": topic["title"], "seq": n}
        for n, day in enumerate(range(1, 29))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if any(misfit in p for misfit in MISFITS)]
