"""Regression: a bakery's reply rounds offered its customers an appointment (r481).

"Offer the most interested person the next step: meeting over a coffee at your counter on
Market Place. “Shall we find a time next week?”" was said under a post about hot cross buns:
a customer is invited to come by, not to book a meeting. Where the team meets people on a
call, the call is still arranged.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Our hot cross buns", "kind": "own"}


def replies(meet_at: str) -> list[str]:
    strategy = make(language="en", channels={"instagram": {}}, topics=[TOPIC], meet_at=meet_at,
                    voice="we")  # fmt: skip
    rows = [{"channel": "instagram", "move": "reply", "topic": TOPIC["title"],
             "start": f"2027-03-{1 + n:02} 18:00", "seq": n} for n in range(12)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_customers_are_invited_to_come_by() -> None:
    prompts = replies("over a coffee at our counter on Market Place")
    assert [p for p in prompts if "come by" in p or "Come and see us" in p]
    assert not [p for p in prompts if "find a time" in p or "suggest meeting" in p]


def test_a_call_is_still_arranged() -> None:
    prompts = replies("on a 20-minute video call")
    assert not [p for p in prompts if "come by" in p]
