"""„… about changing the locks when you move in in a comment under it“.

A locksmith's thank-you round named its question's subject, then where to gather the
answers; a subject that ends in "in" read „move in in“. Where the answers go now comes last.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_where_the_answers_go_comes_after_the_subject() -> None:
    topic = {"title": "Moving in – should you change the locks?", "kind": "theme",
             "short": "changing the locks when you move in", "talk": "debate"}  # fmt: skip
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "ask", "start": "2027-03-02 09:00",
             "topic": topic["title"]}] + [
        {"channel": "facebook", "move": "thank", "start": f"2027-03-03 1{n}:00", "follows": 0,
         "topic": topic["title"], "seq": n}
        for n in range(6)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    assert [p for p in prompts if "move in" in p]
    assert not [p for p in prompts if "move in in" in p]
