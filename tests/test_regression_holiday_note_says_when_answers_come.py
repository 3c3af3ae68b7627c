"""Before Easter, a deli's and a chess club's notes said they would reply from Tuesday and
ended in a question for the long weekend (r464, r470): an invitation to answer that nobody
would take up for five days.

The question stays, as a greeting is more than an out-of-office, and the prompt now says
when its answers get theirs: today's at once, the rest on the day it is back.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

#: Either wording of when the answers come (two notes on one day take different ones).
SAID = {"en": ("the rest on tuesday 30 march", "later ones on tuesday 30 march"),
        "de": ("den rest nach den feiertagen", "alles spätere nach den feiertagen")}  # fmt: skip
#: Easter 2027: Good Friday 26 March to Easter Monday 29 March.
GREETING = "2027-03-25 1{n}:00"


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("channel", ["facebook", "instagram", "newsletter"])
def test_the_question_before_a_holiday_says_when_it_is_answered(
    language: str, channel: str
) -> None:
    region = "GB-ENG" if language == "en" else "DE-BY"
    strategy = make(language=language, region=region, start=date(2027, 3, 1), months=2,
                    channels={channel: {}})  # fmt: skip
    rows = [{"channel": channel, "move": "away", "start": GREETING.format(n=n), "seq": n}
            for n in range(3)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        asked = prompt.rfind("?")
        assert asked > 0, prompt
        assert any(said in prompt[asked:].lower() for said in SAID[language]), prompt
        assert "darunter kommt" not in prompt or channel != "newsletter", prompt
