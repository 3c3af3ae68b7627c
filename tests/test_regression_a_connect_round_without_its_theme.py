"""Regression: a connect round on a theme commented with lines that fit any post (r524).

A junior rugby section's Instagram rounds on "Their first game day" followed parents under
#minirugby with "Where was this taken?" and "Nice one – what's next for you?", though the
theme had its own questions for exactly those parents. In public, under a stranger's post,
the theme's question is the comment now; never one about the team.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "en": ("Who was the coach that made your child love the game?",
           "What should our under-8s try next?"),
    "de": ("Welche Trainerin hat deinem Kind den Sport verleidet oder versüßt?",
           "Was sollen unsere Minis als Nächstes ausprobieren?"),
}  # fmt: skip


def _connects(language: str) -> list[str]:
    topic = {"title": "Their first game day", "kind": "theme", "short": "first game days",
             "questions": list(QUESTIONS[language])}  # fmt: skip
    strategy = make(language=language, topics=[topic], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "connect", "topic": topic["title"], "seq": n,
             "start": f"2027-03-{1 + 2 * n:02d} 11:00"} for n in range(6)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_themes_question_is_the_comment(language: str) -> None:
    person, team = QUESTIONS[language]
    prompts = _connects(language)
    assert any(person in p for p in prompts), prompts
    assert not [p for p in prompts if team in p], prompts
