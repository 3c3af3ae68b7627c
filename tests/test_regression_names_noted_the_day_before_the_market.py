"""Regression: „Morgen ist der Regionalmarkt – wen, der hier mitredet, würdest du dort gern
treffen? Notier dir die Namen.“ (r661).

A village shop's listening round the day before its market left the invitations for after
it. The day before, the people worth inviting get a message that day, from the team's own
profile where the account is a page, as the one thing written that day (r676: "Today you
only read" beside "message … today").
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MARKET = {"title": "Regionalmarkt", "short": "Regionalmarkt", "date": date(2027, 3, 13),
          "time": "10:00-16:00", "place": "Dorfplatz"}  # fmt: skip
LATER = {"de": "Notier dir", "en": "Note one or two"}
TODAY = {
    "de": "heute schreibst, ist eine persönliche Nachricht",
    "en": "the one thing to write today",
}
PAGE = {"de": ", von deinem eigenen Profil aus", "en": ", from your own profile"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_day_before_an_event_the_invitations_go_out(language: str) -> None:
    strategy = make(language=language, events=[MARKET], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "listen", "seq": n, "start": f"2027-03-12 1{n}:00"}
            for n in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    said = [p for p in prompts if "Regionalmarkt" in p]
    assert said, prompts
    for prompt in said:
        assert LATER[language] not in prompt and TODAY[language] in prompt, prompt
        assert PAGE[language] in prompt, prompt
