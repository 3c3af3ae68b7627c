"""A LinkedIn share sent the interpreter to "look through the HR Professionals South West group"
for a piece to reshare on her profile.

Posts in a group stay among its members and cannot be shared to a profile; a reviewer marked
the prompt impossible. A share no longer seeks its piece in groups.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GROUP = "the LinkedIn group HR Professionals South West"


def test_a_share_does_not_look_for_its_piece_in_a_group() -> None:
    goals = [{"id": "hr", "text": "Bookings", "where": [GROUP, "#deafawareness"]}]
    strategy = make(language="en", goals=goals, channels={"linkedin": {"goals": ["hr"]}})
    rows = [{"channel": "linkedin", "move": move, "start": f"2027-03-0{day} 08:00", "topic": ""}
            for day, move in ((2, "share"), (3, "listen"))]  # fmt: skip
    facts = contexts(strategy, rows)
    assert not any("group" in place for place in facts(0)["where"])
    assert any("group" in place for place in facts(1)["where"])
