"""Regression: „Nenn den Tipp, den du selbst weitergeben wirst“ after a choice question.

A chess club's reviewer (r274) read a tips frame in the summary of „Spielt dein Kind lieber
gegen dich oder gegen andere Kinder?“, a question on a topic of problems: a choice brings
picks, not tips. A summary follows the question's wording where it says what its answers are.
"""

from __future__ import annotations

import pytest

from tests.test_render import entries, render
from tests.test_threads import make

QUESTION = {
    "de": "Spielt dein Kind lieber gegen dich oder gegen andere Kinder?",
    "en": "Does your child prefer playing against you or against other children?",
}
TIPS = {"de": "Tipp", "en": "tip"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_summary_of_a_choice_asks_for_picks(language: str) -> None:
    topic = {"title": "Schach mit Kindern", "kind": "theme", "talk": "problem"}
    topic["questions"] = [QUESTION[language]]
    groups = {"facebook-group": ["Eltern in Herne"]}
    channels = {"facebook-group": {}}
    strategy = make(language=language, topics=[topic], channels=channels, groups=groups)
    where = {"channel": "facebook-group", "group": "Eltern in Herne", "topic": topic["title"]}
    rows = [where | {"move": "group-ask", "start": "2027-04-12 19:00"}]
    rows += [
        where | {"move": "thank", "start": f"2027-04-{day} 19:00", "follows": 0}
        for day in (14, 15, 16, 17)
    ]
    summaries = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    assert any(QUESTION[language] in p for p in summaries), summaries
    assert not [p for p in summaries if TIPS[language] in p], summaries
