"""A dental practice's trainee and assistant opening was announced as a product.

„Poste auf Instagram eine persönliche Einladung zu eurem Angebot „Ausbildung und Stelle als
ZFA ab Sommer“ … Beschreib, wie es abläuft, statt Leistungen aufzuzählen“: the offer was
the one its recruiting goal invited to. Such an offer is now introduced as the work it is,
with who would fit, and a question that asks whom people know.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

JOB = {"title": "Ausbildung und Stelle als ZFA ab Sommer", "from": date(2027, 1, 1),
       "until": date(2027, 5, 31)}  # fmt: skip
WORDS = {
    "de": ("offene Stelle", "Stelle", "Bewerbung", "kennt", "Kollegin", "Zeilen zu"),
    "en": ("looking for", "job", "applying", "know", "colleague", "might know someone"),
}
GOAL = {"de": "Eine ZFA finden", "en": "Find a dental nurse"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_offer_a_seeking_goal_invites_to_is_a_job(language: str) -> None:
    goals = [{"id": "team", "text": GOAL[language], "invite": JOB["title"]}]
    strategy = make(language=language, goals=goals, offers=[JOB])
    rows = [{"channel": "instagram", "move": "announce", "start": f"2027-02-{1 + n:02d} 11:00",
             "announce": JOB["title"], "seq": n} for n in range(6)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "Angebot" not in entry.prompt and "Leistungen" not in entry.prompt, entry.prompt
        assert "what you're offering" not in entry.prompt, entry.prompt
        assert any(word in entry.prompt for word in WORDS[language]), entry.prompt
