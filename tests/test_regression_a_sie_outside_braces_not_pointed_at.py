"""Regression: "'Welche Frage zu {deinem|Ihrem} Rücken wollten Sie schon immer einmal einer
Physiotherapeutin stellen?' says „Sie“" (r663 writer).

A practice's question had braces already, and its writer looked for the „Sie“ inside them.
The warning now quotes the words outside the braces that say it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

QUESTION = "Welche Frage zu {deinem|Ihrem} Rücken wollten Sie schon immer einmal stellen?"


def test_the_warning_quotes_the_words_outside_the_braces() -> None:
    event = {"title": "Rückentag", "date": date(2027, 4, 10), "question": QUESTION}
    strategy = make(events=[event], channels={"instagram": {}})
    (finding,) = [
        f for f in check_plan(strategy, schedule_work(strategy)) if f.code == "other-register"
    ]
    assert "„Sie“ („wollten Sie“, outside the braces)" in finding.message, finding.message
