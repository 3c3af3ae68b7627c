"""„Ask the members … how they handle whether an old piano is worth saving themselves“.

A piano workshop's topic was called „whether an old piano is worth saving“: a question of its
own, which the group question's frame for a thing people handle broke in two. A short form
that is a question (whether, how, what … / ob, wie, was …) is now asked about instead.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_subject_that_is_a_question_is_asked_about() -> None:
    topic = {"title": "Is an old piano worth saving?", "kind": "theme", "talk": "problem",
             "short": "whether an old piano is worth saving",
             "questions": ["Would you take a free piano, or is it a false economy?"]}  # fmt: skip
    strategy = make(language="en", topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Bristol Piano Players"]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": f"2027-04-{day:02d} 19:30",
         "topic": topic["title"], "group": "Bristol Piano Players", "seq": n}
        for n, day in enumerate(range(1, 29, 3))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "handle whether" in p]
    assert [p for p in prompts if "what they've learnt themselves about whether" in p]
