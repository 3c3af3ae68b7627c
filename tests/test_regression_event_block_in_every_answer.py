"""A record shop's replies under an invitation pasted the event into every answer.

„In each answer, say once more when and where: Thursday 8 April from 6:30 to 8 pm at Groove
Yard Records, 41 Division Street, Sheffield.“ The same block in every answer reads as
pasted; whoever asks when or where now gets it in a line.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries, strategy_in


def test_the_event_goes_to_whoever_asks() -> None:
    strategy = strategy_in("en")
    event = strategy.events[0].title
    replies = []
    for seq in range(4):
        rows = [
            {"channel": "linkedin", "move": "announce", "start": "2027-02-01 09:00",
             "announce": event},
            {"channel": "linkedin", "move": "reply", "start": "2027-02-01 17:00", "follows": 0,
             "seq": seq},
        ]  # fmt: skip
        replies.append(render(strategy, entries(strategy, rows))[1].prompt)
    assert not [p for p in replies if "in each answer" in p.lower()]
    assert any("asks" in p and "Wednesday 10 February" in p for p in replies)
