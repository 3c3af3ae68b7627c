"""A wildlife rescue's thank-you post summed up the answers in public and then said "If one of
them might enjoy your stall at the May Fair …, say so in a line" (r241): a personal invitation
in a post everyone reads. A summary in public now ends with a line inviting everyone.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

FAIR = {"title": "May Fair stall", "short": "our stall at the May Fair", "date": date(2027, 4, 28)}
TOPIC = {"title": "Release days", "kind": "own", "questions": ["Which release stayed with you?"]}


def test_a_public_summary_invites_everyone() -> None:
    strategy = make(language="en", topics=[TOPIC], events=[FAIR], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-04-19 09:00",
             "topic": "Release days"}]  # fmt: skip
    rows += [{"channel": "instagram", "move": "thank", "start": "2027-04-23 11:00", "follows": 0,
              "topic": "Release days", "seq": seq} for seq in range(4)]  # fmt: skip
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    public = [p for p in thanks if "sum up" in p or "gather the answers" in p]
    assert public
    for prompt in public:
        assert "If one of them might enjoy" not in prompt
        assert "a line inviting everyone to your stall at the May Fair" in prompt
