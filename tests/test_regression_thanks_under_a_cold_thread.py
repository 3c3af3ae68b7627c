"""A sailing school's thank-you round went back to a question in a parents' group asked 13
days before: "Turn the answers to your question from 17 May …". By then the thread has gone
cold. A thank-you now goes back at most a week; a story may still tell of older answers.
"""

from __future__ import annotations

from dialogplan.threads import link
from tests.test_render import entries
from tests.test_threads import make


def test_a_thank_you_goes_back_a_week_at_most() -> None:
    strategy = make(language="en")
    rows = [
        {"channel": "linkedin", "move": "ask", "start": "2027-05-17 08:00"},
        {"channel": "linkedin", "move": "thank", "start": "2027-05-30 08:00"},
        {"channel": "linkedin", "move": "story", "start": "2027-05-30 12:00"},
    ]
    linked = {e.move: e.continues for e in link(strategy, entries(strategy, rows))}
    assert linked == {"ask": "", "thank": "", "story": "row0@test"}
