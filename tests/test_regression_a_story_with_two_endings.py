"""Regression: a story on people's answers that offered two endings (r481).

A bakery school's story said "With a good handful of answers, end with “What would you have
answered?” With just one or two answers, let yours carry the post and end with “And what's
your answer?”": two branches of a template, and two near-identical questions. The story has
one closing question; with few answers, the team's own story carries the post.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Home sourdough", "kind": "theme",
         "questions": ["What went wrong with your first sourdough loaf?"]}  # fmt: skip


def test_a_story_on_the_answers_ends_one_way() -> None:
    strategy = make(language="en", channels={"instagram": {}}, topics=[TOPIC])
    rows = [{"channel": "instagram", "move": "ask", "topic": TOPIC["title"],
             "start": "2027-03-01 18:00"}] + [
        {"channel": "instagram", "move": "story", "topic": TOPIC["title"],
         "start": f"2027-03-{3 + n:02} 18:00", "follows_up": "row0@test", "seq": n}
        for n in range(6)
    ]  # fmt: skip
    stories = [e.prompt for e in render(strategy, entries(strategy, rows))][1:]
    for story in stories:
        assert "answers, end with" not in story and "answers, finish with" not in story, story
        assert story.replace(TOPIC["questions"][0], "").count("?”") == 1, story
