"""A credit union's money drop-in ran every Thursday from 4 to 7 pm, and its announcement
said "every Thursday at 4 pm" (r312): for a weekly offer people drop in on, its hours are
what they need, not only its start.
"""

from __future__ import annotations

import pytest

from dialogplan.pipeline import build
from tests.support import REVISED_AT
from tests.test_threads import make

HOURS = {"en": "from 4 to 7 pm", "de": "von 16 bis 19 Uhr"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_weekly_drop_in_is_announced_with_its_hours(language: str) -> None:
    offer = {"title": "Money drop-in", "every": "thu", "time": "16:00-19:00",
             "place": "Kettlebridge Library", "topics": ["Fachkräfte finden"]}  # fmt: skip
    strategy = make(language=language, offers=[offer], channels={"facebook": {}}, months=3)
    entries = build(strategy, revised_at=REVISED_AT).entries
    told = [e.prompt for e in entries if "Kettlebridge Library" in e.prompt]
    assert told
    assert all(HOURS[language] in prompt for prompt in told), told
