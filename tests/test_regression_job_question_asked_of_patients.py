"""A dental practice's page asked its patients „Was wäre für Sie beim Wechsel in eine neue
Praxis das Wichtigste?“.

It was the question of its job opening, for dental assistants; on the page patients follow,
it read as one about changing dentists, with no word of the job and no link. A post that asks
a job's own question now says first whom the team is looking for, with the opening's link.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {
    "de": "Was wäre für {dich|Sie} beim Wechsel in eine neue Praxis das Wichtigste?",
    "en": "What would matter most to you when moving to a new practice?",
}
SOUGHT = {"de": "ihr eine ZFA für euer Team sucht", "en": "looking for a dental nurse"}
OPENING = {
    "title": "ZFA-Stelle",
    "url": "https://example.org/stelle",
    "from": date(2027, 3, 1),
    "until": date(2027, 5, 31),
    "topics": ["Arbeiten als ZFA"],
}
GOAL = {"de": "Eine ZFA für unser Team gewinnen", "en": "Hire a dental nurse"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_jobs_question_says_whom_it_is_for(language: str) -> None:
    strategy = make(
        language=language,
        goals=[{"id": "team", "text": GOAL[language], "invite": "ZFA-Stelle"}],
        topics=[{"title": "Arbeiten als ZFA", "kind": "theme"}],
        offers=[{**OPENING, "question": QUESTION[language]}],
        channels={"facebook": {}},
        address="Sie",
        voice={"de": "wir", "en": "we"}[language],
    )
    rows = [{"channel": "facebook", "move": "ask", "topic": "Arbeiten als ZFA", "goal": "team",
             "start": "2027-03-03 09:00"}]  # fmt: skip
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert "beim Wechsel" in prompt or "moving to a new practice" in prompt
    assert SOUGHT[language] in prompt and "https://example.org/stelle" in prompt, prompt
