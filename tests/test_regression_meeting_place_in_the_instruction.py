"""Reply rounds told a music school to invite people „bei uns im Übungsraum … vorbeizukommen“.

The team's meeting place, as the strategy writes it („bei uns im Übungsraum in der
Friedrich-Ebert-Straße auf eine Probestunde“), went into the instruction to the team, where
„bei uns“ is the wrong voice next to „euer“, and three reviewers read it as pasted. The place
goes into the invitation the team says itself, in quotes.
"""

from __future__ import annotations

import re
from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUOTED = re.compile(r"„[^“]*“")


def test_the_meeting_place_is_said_by_the_team() -> None:
    topics = [{"title": "Üben ohne Frust", "kind": "own", "short": "Üben"}]
    strategy = make(topics=topics, meet_at="bei uns im Übungsraum auf eine Probestunde",
                    channels={"instagram": {}})  # fmt: skip
    rows: list[dict[str, Any]] = []
    for day in range(1, 29, 3):
        ask = {"channel": "instagram", "move": "ask", "topic": "Üben ohne Frust",
               "start": f"2027-03-{day:02d} 09:00"}  # fmt: skip
        rows += [ask, {**ask, "move": "reply", "follows": len(rows),
                       "start": f"2027-03-{day:02d} 18:00"}]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    invited = [text for text in texts if "Übungsraum" in text]
    assert invited, texts
    for text in invited:
        assert "Übungsraum" not in QUOTED.sub("", text), text
