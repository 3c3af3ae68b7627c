"""A solo software maintainer's connect round on LinkedIn offered the line "I'm both in … –
good to connect here too" (r538): the team's "we" turned to "I" where "we" meant the team and
the person it writes to. That "we" stays, whoever the team is.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_we_are_both_in_stays_we() -> None:
    strategy = make(language="en", voice="I", channels={"linkedin": {}})
    rows = [
        {
            "channel": "linkedin",
            "move": "connect",
            "seq": seq,
            "start": f"2027-03-{seq + 1:02d} 09:00",
        }
        for seq in range(24)
    ]
    prompts = [entry.prompt for entry in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "I'm both" in p]
    assert [p for p in prompts if "We're both in" in p]
