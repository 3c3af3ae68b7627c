"""Regression: "your question from Monday in the “Yorkshire Homebrewers” group about
homebrewing" said the subject twice (r577). A group whose name already says what the post
was about is named alone.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def _rounds(group: str) -> list[str]:
    topics = [{"title": "Homebrewing", "kind": "theme", "short": "homebrewing"}]
    strategy = make(language="en", topics=topics, channels={"facebook-group": {}},
                    groups={"facebook-group": [group]})  # fmt: skip
    row = {"channel": "facebook-group", "group": group, "topic": "Homebrewing", "goal": "sichtbar"}
    rows = [
        {**row, "move": "group-ask", "start": "2027-01-11 07:30", "seq": 0},
        {**row, "move": "reply", "start": "2027-01-11 19:30", "follows_up": "row0@test", "seq": 1},
        {**row, "move": "thank", "start": "2027-01-14 19:30", "follows_up": "row0@test", "seq": 2},
    ]
    return [e.prompt for e in render(strategy, entries(strategy, rows))][1:]


def test_a_group_named_after_the_subject_is_not_told_it_again() -> None:
    for prompt in _rounds("Yorkshire Homebrewers"):
        assert "“Yorkshire Homebrewers” group" in prompt, prompt
        assert "about homebrewing" not in prompt, prompt


def test_another_group_still_says_the_subject() -> None:
    assert any("about homebrewing" in p for p in _rounds("Dales Beer Club"))
