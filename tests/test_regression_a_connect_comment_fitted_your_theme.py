"""A coffee cart's Instagram round under #keepcupcambridge said "where it comes close to your
theme, this question fits" (r680): "your theme" names nothing the person can check a post
against. The question's frame names what the post is about, as the theme's short form says it,
in English and in German.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {
    "en": {"title": "Bring your own cup", "kind": "theme", "short": "reusable cups",
           "questions": ["Which reusable cup has lasted you the longest?",
                         "Where do you most often forget your cup?",
                         "What made you start carrying a cup?"]},
    "de": {"title": "Eigener Becher", "kind": "theme", "short": "Mehrwegbecher",
           "questions": ["Welcher Mehrwegbecher hält bei dir am längsten?",
                         "Wo vergisst du deinen Becher am häufigsten?",
                         "Was hat dich dazu gebracht, einen Becher dabeizuhaben?"]},
}  # fmt: skip
SEAMS = ("your theme", "Thema am nächsten", "zu eurem Thema", "zu deinem Thema")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_question_s_frame_names_the_theme(language: str) -> None:
    topic = TOPIC[language]
    goal = {"id": "market", "text": "Regulars at the market", "where": ["#keepcupcambridge"]}
    strategy = make(language=language, goals=[goal], topics=[topic], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "connect", "topic": topic["title"], "seq": n,
             "start": f"2027-03-{1 + 2 * n:02d} 11:00"} for n in range(8)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if any(seam in p for seam in SEAMS)], prompts
    asked = [p for p in prompts if any(q in p for q in topic["questions"])]
    assert len(asked) > 1, prompts
    assert all(topic["short"] in p for p in asked), asked
