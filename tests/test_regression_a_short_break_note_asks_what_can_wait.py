"""Notes before a week's break ended without a question – "Look in again in the evening and
answer everyone who has replied" – and five reviewers found no conversation in them (r445,
r448, r450, r457, r460).

Before a break of a week or less, the note asks what people would like first when the team
is back, and says that answers get theirs today or on that day. Before a longer one it still
asks nothing (``test_regression_question_before_a_break``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

#: Either wording of when the answers come (two notes on one day take different ones).
WAITS = {
    "en": ("the rest on saturday 20 february", "later ones on saturday 20 february"),
    # The German note names the day it is back on once, in its opening: a third „13. Februar“
    # in one note was too many (r599).
    "de": ("den rest nach der pause", "alles spätere nach der pause"),
}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("reason", ["Team away", "Stoppage at the lower lock"])
def test_a_note_before_a_short_break_asks_a_question_that_can_wait(
    language: str, reason: str
) -> None:
    blackout = [{"from": date(2027, 2, 15), "to": date(2027, 2, 19), "reason": reason}]
    strategy = make(language=language, blackout=blackout,
                    channels={"facebook": {}, "instagram": {}})  # fmt: skip
    rows = [{"channel": channel, "move": "away", "start": f"2027-02-1{n} 10:00", "seq": n}
            for n, channel in enumerate(["facebook", "instagram"] * 2)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        asked = max(prompt.rfind("?“"), prompt.rfind("?”"), prompt.rfind("!“"))
        assert asked > 0, prompt
        assert any(w in prompt[asked:].lower() for w in WAITS[language]), prompt
