"""A choir's meeting prompt read "your sent messages and recent follows from on 4 March".

The day of the contact round it goes back to reads "on 4 March", "yesterday" or "earlier
today", so it cannot follow "from". Every turn of the English meeting that continues a round
of new contacts now reads as a sentence.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_meeting_names_the_day_of_the_contacts_it_goes_back_to() -> None:
    strategy = make(language="en")
    rows = [{"channel": "instagram", "move": "connect", "start": "2027-03-04 08:00"}]
    rows += [
        {"channel": "instagram", "move": "meet", "start": f"2027-04-{day:02d} 08:00",
         "seq": seq, "continues": 0}
        for seq, day in enumerate(range(5, 17))
    ]  # fmt: skip
    meetings = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "meet"]
    assert any("4 March" in p for p in meetings)
    assert not [p for p in meetings if "from on " in p]
