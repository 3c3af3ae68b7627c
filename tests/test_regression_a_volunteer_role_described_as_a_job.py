"""A repair café network announced its sign-up for volunteer fixers with "Describe one ordinary
day in the job" (r694): nobody is paid, and there is no working day and no application. A
role the goal's volunteers fill is announced as sessions to join, in English and in German;
a paid job stays a job.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

ROLES = {
    "en": ("Find eight new volunteer fixers", "Volunteer fixer sign-up", "day in the job"),
    "de": (
        "Acht neue ehrenamtliche Lesepatinnen finden",
        "Ehrenamt Lesepatin",
        "Tag in der Stelle",
    ),
}


def _announced(language: str, goal: str, title: str) -> tuple[bool, list[str]]:
    strategy = make(language=language, goals=[{"id": "team", "text": goal, "invite": [title]}],
                    offers=[{"title": title}], channels={"facebook": {}})  # fmt: skip
    rows = [{"channel": "facebook", "move": "announce", "announce": title, "topic": "",
             "seq": n, "start": f"2027-03-{1 + 3 * n:02d} 09:00"} for n in range(3)]  # fmt: skip
    facts = contexts(strategy, rows)
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    return facts(0)["announce"].volunteer, prompts


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_volunteer_role_is_no_job_ad(language: str) -> None:
    goal, title, job_words = ROLES[language]
    volunteer, prompts = _announced(language, goal, title)
    assert volunteer
    assert not [p for p in prompts if job_words in p or "Bewerbung" in p or "applying" in p]


def test_a_paid_job_stays_one() -> None:
    volunteer, _ = _announced("en", "Find a part-time barista", "Barista job, weekends")
    assert not volunteer


def test_a_paid_assistant_post_stays_a_job() -> None:
    volunteer, _ = _announced("de", "Eine Tierarzthelferin finden", "Stelle als Tierarzthelferin")
    assert not volunteer
