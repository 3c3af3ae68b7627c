"""A story prompt said "your own experience" twice in three sentences.

"… two or three of them in a line each, then your own experience. … With just one or two
answers, let your own experience carry the post". The fallback now says "yours".
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_story_from_answers_names_the_team_s_own_story_once() -> None:
    topic = {"title": "Winter pruning", "kind": "theme", "questions": ["When do you prune?"]}
    strategy = make(language="en", topics=[topic])
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-03-01 08:00"}] + [
        {"channel": "instagram", "move": "story", "start": f"2027-03-{n + 2:02d} 08:00",
         "follows": 0}
        for n in range(8)
    ]  # fmt: skip
    stories = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "story"]
    for prompt in stories:
        for tale in ("your own experience", "your own story"):
            assert prompt.count(tale) <= 1, prompt
    assert any("yours" in p for p in stories)
