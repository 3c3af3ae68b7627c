"""Listening on Instagram looked for questions on a theme nobody there was discussing.

„Sieh in eurem Instagram-Feed nach, welche Fragen gerade zum Thema letzte Meile gestellt
werden“: a cargo-bike collective's feed of families and cyclists had none that week, and the
prompt left nothing else to do. Listening on a theme now says what to save when it is quiet.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUIET = {"de": ("Findest du dazu gerade nichts", "Ist zum Thema gerade nichts los",
                "Diese Woche nichts dazu?"),
         "en": ("Nothing on it right now?", "If the theme is quiet this week",
                "No posts on it this week?")}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_listening_on_a_theme_says_what_to_save_when_it_is_quiet(language: str) -> None:
    topics = [{"title": "Letzte Meile", "kind": "theme"}]
    strategy = make(language=language, topics=topics, channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "listen", "start": f"2027-06-{day:02d} 18:00",
         "topic": "Letzte Meile", "seq": day}
        for day in range(1, 15)
    ]  # fmt: skip
    prompts = [r.prompt for r in render(strategy, entries(strategy, rows))]
    assert all(any(words in p for words in QUIET[language]) for p in prompts), prompts[0]
