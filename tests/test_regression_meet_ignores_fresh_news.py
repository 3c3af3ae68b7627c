"""A meeting message to an author said „Fang dort an“ about her new crime novel, and then
offered „Wir mussten an unser letztes Gespräch denken – sollen wir das bald fortsetzen?“.

The line to send took no notice of the news the prompt had just named. With fresh news, the
line now starts from it.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Hannah Kerstig,instagram,@hannah,regular,2026-10-01,Neuer Krimi erschienen,2027-03-01,,\n"
)
STALE = {"de": "letztes Gespräch", "en": "last conversation"}
NEWS = {"de": "Glückwunsch", "en": "Congratulations"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_meeting_after_fresh_news_starts_from_it(language: str) -> None:
    strategy = make(language=language)
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-{n + 3:02d} 08:00"}
            for n in range(6)]  # fmt: skip
    for prompt in named_prompts(strategy, PEOPLE, rows):
        assert STALE[language] not in prompt, prompt
        assert NEWS[language] in prompt, prompt
