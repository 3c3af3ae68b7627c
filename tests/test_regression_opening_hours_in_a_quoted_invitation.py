"""A men's shed's invitation quoted its opening hours: "a cup of tea (Tuesdays and
Thursdays 10-1, Saturdays 10-12)?".

The strategy's meet_at carried the hours in brackets, for the team; the line to send pasted
them. A meeting place as said to someone drops a note in brackets, as it drops the street.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MEET_AT = "at the Shed for a cup of tea (Tuesdays and Thursdays 10-1, Saturdays 10-12)"


def test_the_line_to_send_leaves_the_hours_out() -> None:
    strategy = make(language="en", meet_at=MEET_AT)
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-05-1{n} 11:00", "seq": n}
            for n in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("at the Shed for a cup of tea" in p for p in prompts), prompts
    assert not any("Saturdays 10-12" in p for p in prompts), prompts
