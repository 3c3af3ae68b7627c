"""Regression: „Am 3. März ist Werkstattgespräch: Wen willst du bis dahin persönlich
einladen?“, two days after sign-up had closed (r655).

A UX researcher's monthly review asked whom she would invite to a talk nobody could sign up
for any more, and named it without its article. Once sign-up has closed, the review asks
who signed up through a conversation and whom to remind the day before.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_render import entries, render
from tests.test_threads import make

EVENTS = {
    "de": {"title": "Werkstattgespräch Nutzerforschung", "short": "Werkstattgespräch",
           "details": "Kostenfrei, Anmeldung bis 24. Februar"},
    "en": {"title": "User research workshop talk", "short": "the workshop talk",
           "details": "Free, sign up by 24 February"},
}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_review_after_sign_up_closed_reminds_those_who_signed_up(language: str) -> None:
    event = {**EVENTS[language], "date": date(2027, 3, 3), "time": "16:00-18:00",
             "place": "Zentralbibliothek, Dresden"}  # fmt: skip
    strategy = make(language=language, start=date(2027, 1, 11), months=3, events=[event])
    rows = [{"channel": "linkedin", "move": "review", "start": f"2027-02-{day} 17:00"}
            for day in range(20, 27)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    after = prompts[-1]  # 26 February
    assert ("Anmeldung ist" in after) if language == "de" else ("has closed" in after), after
    assert "einladen" not in after and "invite" not in after, after
    if language == "de":
        assert "ist das Werkstattgespräch" in after, after
    before = prompts[0]  # 20 February: sign-up still open until the 24th
    assert ("24. Februar" in before) if language == "de" else ("24 February" in before), before
