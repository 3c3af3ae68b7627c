"""A repair café that speaks as „wir“ was told to put a link in „deine Bio“.

The link lines of an Instagram announcement and of a post inviting to an event said the bio
was the writer's own, whatever the team's voice. They now follow it: „eure Bio“.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_the_bio_is_the_teams() -> None:
    offer = {"title": "Werkzeug-Patenschaft", "from": date(2027, 3, 1), "until": date(2027, 5, 31),
             "url": "https://repaircafe.example/pate"}  # fmt: skip
    strategy = make(voice="wir", offers=[offer], channels={"instagram": {}, "linkedin": {}})
    rows = [{"channel": "instagram", "move": "announce", "start": f"2027-03-{1 + n:02d} 11:00",
             "announce": offer["title"], "seq": n} for n in range(9)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "eure Bio" in p]
    assert not [p for p in prompts if "deine Bio" in p]
