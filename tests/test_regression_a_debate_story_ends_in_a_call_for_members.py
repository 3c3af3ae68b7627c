"""A breeders' club's post taking up the answers to „Ist die Stallpflicht sinnvoll?“ ended
with „Wir suchen gerade neue Mitglieder, vor allem Kinder, Jugendliche und junge Familien für
die Jugendgruppe. Hättest du Lust …?“ (r340): a call that read as a pitch after a debate.

A story that takes up people's answers closes on them; the goal's call is for stories of
the team's own.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GOALS = {
    "de": [{"id": "jugend", "text": "Neue Mitglieder gewinnen, vor allem Familien",
            "question": "Hättest du Lust, mal an einem Sonntag mitzukommen?"}],
    "en": [{"id": "jugend", "text": "Recruit new members, families above all",
            "question": "Would you like to come along one Sunday?"}],
}  # fmt: skip
CALL = {"de": "suchen gerade", "en": "looking for"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_story_on_answers_closes_on_them(language: str) -> None:
    topic = {"title": "Stallpflicht", "kind": "theme", "talk": "debate",
             "questions": ["Ist die Stallpflicht sinnvoll?"]}  # fmt: skip
    strategy = make(language=language, goals=GOALS[language], topics=[topic],
                    channels={"facebook": {}})  # fmt: skip
    rows = [{"channel": "facebook", "move": "ask", "start": "2027-04-01 18:00",
             "topic": "Stallpflicht", "goal": "jugend"}] + [
        {"channel": "facebook", "move": "story", "start": f"2027-04-{day:02d} 18:00",
         "topic": "Stallpflicht", "goal": "jugend", "follows_up": "row0@test", "seq": day}
        for day in range(5, 11)
    ]  # fmt: skip
    stories = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    assert not [p for p in stories if CALL[language] in p], stories
