"""A hearing-aid shop's page, which speaks as „wir“, was told „sag, was du daraus mitnimmst“.

The step of a shared post said what the person takes from it in the singular, whatever the
team's voice; the example line after it said „wir“. It now follows the voice.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_share_speaks_in_the_teams_voice() -> None:
    strategy = make(voice="wir", channels={"facebook": {}, "linkedin": {}})
    rows = [{"channel": "facebook", "move": "share", "start": f"2027-03-{1 + n:02d} 09:00",
             "topic": "Nachfolge", "seq": n} for n in range(12)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "daraus mitnehmt" in p]
    assert not [p for p in prompts if "du daraus" in p]
