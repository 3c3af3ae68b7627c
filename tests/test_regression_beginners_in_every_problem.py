"""„Was macht Einsteigern beim Thema Blauer Brief am meisten zu schaffen?“

A tutoring school's group question about warning letters from school, and a food truck's
about vegan food that keeps you full, asked what beginners struggle with: not every problem
has beginners, and the topic's label sat in the quoted question. The step now asks what
helped first in such a situation, in both languages.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"de": "Blauer Brief", "en": "A warning letter from school"}
BEGINNERS = ("Einsteiger", "beginners", "newcomers")


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_problem_is_no_beginners_question(language: str) -> None:
    topic = {"title": TOPIC[language], "kind": "theme", "talk": "problem"}
    strategy = make(language=language, topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Eltern in Münster"]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": f"2027-04-{day:02d} 19:30",
         "topic": topic["title"], "group": "Eltern in Münster", "seq": n}
        for n, day in enumerate(range(1, 29, 2))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if any(word in p for word in BEGINNERS)]
