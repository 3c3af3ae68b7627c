"""Regression: notes before Easter read as a business closing at its busiest time.

A canoe rental's, a surf school's and a funeral director's reviewers (r268, r270, r272) read
„dass es hier über die Feiertage ruhiger wird“ and "you'll be answering messages here again
… after the holiday" as closures, and the notes ended in no question. Before a long weekend
of public holidays the note wishes people a good long weekend, says in passing when messages
are answered, and asks a light question.
"""

import pytest

from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(("language", "region"), [("de", "DE-BW"), ("en", "GB-ENG")])
def test_the_note_before_easter_greets_and_asks(language: str, region: str) -> None:
    strategy = make(language=language, region=region, months=2)
    notes = [e.prompt for e in build(strategy).entries if e.move == "away"]
    assert notes
    for prompt in notes:
        assert any(w in prompt for w in ("Wochenende", "long weekend", "Ostern", "Easter"))
        assert "?“" in prompt or "?”" in prompt
        assert "ruhiger" not in prompt
        assert "after the holiday" not in prompt
