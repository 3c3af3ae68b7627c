"""A Dales B&B's note before the May bank holiday said "you're off over the holiday and back
on Tuesday 4 May": the plan leaves public holidays free of social-media work, but the B&B and
its tea room are open, and the team had declared no break.

Before public holidays the team did not declare, the note says only from when messages are
answered again, never that the team is off or away.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


@pytest.mark.parametrize(
    ("language", "region", "closed"),
    [("en", "GB-ENG", ("off over", "away", "back on")), ("de", "DE", ("nicht da", "wieder da"))],
)
def test_a_note_before_public_holidays_claims_no_closure(
    language: str, region: str, closed: tuple[str, ...]
) -> None:
    strategy = make(language=language, region=region, start=date(2027, 3, 15), months=3)
    notes = [e.prompt for e in render(strategy, schedule_work(strategy)) if e.move == "away"]
    assert notes
    assert not [p for p in notes if any(word in p for word in closed)]
