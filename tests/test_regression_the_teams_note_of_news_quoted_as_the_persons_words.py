"""A wheelchair basketball club's prompt read "Good news from Amira Haddad on 6 April:
“Opened her own physiotherapy practice in Hyde”": the team's own note, in quotes, as if
Amira had said it (r335); a German one began „Laut euren Notizen“ (r324).

The news is told as the team knows it, without quotes, and no prompt speaks of notes.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date\n"
NEWS = {"en": "Opened her own physiotherapy practice in Hyde",
        "de": "Eigene Praxis für Physiotherapie in Hyde eröffnet"}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_news_is_told_not_quoted(language: str) -> None:
    strategy = make(language=language, channels={"linkedin": {}}, months=3)
    row = f"Amira Haddad,linkedin,https://example.org/amira,close,2026-11-18,{NEWS[language]},2027-03-06\n"
    people = parse_contacts((HEADER + row).encode(), "contacts.csv", strategy.keep_in_touch)
    prompts = [e.prompt for e in build(strategy.with_people(people)).entries]
    told = [p for p in prompts if NEWS[language] in p]
    assert told
    for prompt in told:
        assert f"“{NEWS[language]}”" not in prompt and f"„{NEWS[language]}“" not in prompt
        assert "Notizen" not in prompt
