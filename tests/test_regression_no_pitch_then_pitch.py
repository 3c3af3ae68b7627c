"""A meeting message said “Nothing to sell, just curious …” and then plugged the team's workshop.

The step "say it's no sales pitch" and the goal's offer came from two parts of the template;
together they contradicted each other. After saying there is nothing to sell, a meeting
prompt now offers nothing.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PITCH = {"en": ("No pitch", "Nothing to sell"), "de": ("Verkauf",)}
OFFER = {"title": "Deaf awareness for teams", "short": "the team workshop",
         "url": "https://example.org/workshop"}  # fmt: skip


@pytest.mark.parametrize(("language", "channel"), [("en", "linkedin"), ("de", "threads")])
def test_a_meeting_that_says_it_sells_nothing_offers_nothing(language: str, channel: str) -> None:
    goals = [{"id": "sichtbar", "text": "Bookings", "invite": "Deaf awareness for teams"}]
    strategy = make(language=language, goals=goals, offers=[OFFER],
                    channels={channel: {"goals": ["sichtbar"]}})  # fmt: skip
    rows = [{"channel": channel, "move": "meet", "start": f"2027-03-{n + 2:02d} 08:00",
             "goal": "sichtbar"}
            for n in range(20)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    no_pitch = [p for p in prompts if any(w in p for w in PITCH[language])]
    assert no_pitch
    for prompt in no_pitch:
        assert "example.org/workshop" not in prompt and "workshop" not in prompt.lower(), prompt
