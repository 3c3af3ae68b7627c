"""A fair-trade shop's round of new contacts named its goal's people twice: „Denk dabei vor
allem an Lehrerinnen und Lehrer an Grund- und weiterführenden Schulen. … Du suchst
Lehrerinnen und Lehrer an Grund- und weiterführenden Schulen.“

Where a prompt has named them, the step to the goal's question calls them „ihnen“ / "them".
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WHO = {"de": "Lehrerinnen und Lehrer an Grundschulen", "en": "teachers at primary schools"}
QUESTION = {
    "de": "{Hättest du|Hätten Sie} Lust auf einen Workshop mit {deiner|Ihrer} Klasse?",
    "en": "Would your class like a workshop with us?",
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_contact_round_names_the_goal_s_people_once(language: str) -> None:
    goal = {"id": "schulen", "text": "Schulen gewinnen", "who": WHO[language],
            "question": QUESTION[language]}  # fmt: skip
    strategy = make(language=language, goals=[goal], channels={"linkedin": {}, "instagram": {}})
    rows = [
        {"channel": channel, "move": "connect", "start": f"2027-03-{day:02d} 08:00", "seq": day}
        for day in range(1, 25)
        for channel in ("linkedin", "instagram")
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any(WHO[language] in p for p in prompts)
    assert not [p for p in prompts if p.count(WHO[language]) > 1]
