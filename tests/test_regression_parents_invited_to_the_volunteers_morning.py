"""A city farm's reply round under parents' tips for a winter day outside told the team to
"invite them to the volunteer taster morning tomorrow" (r542): on its eve an event comes up in
any conversation on the channel, but it is for the people of another goal. The invitation now
goes to those among the commenters it is for.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WHO = {"en": "people in Gorton who could help on a weekday morning",
       "de": "Leute aus Gorton, die an einem Werktagmorgen helfen können"}  # fmt: skip
TOPIC = "Getting children outdoors in winter"


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_eve_of_another_goals_event_invites_its_own_people(language: str) -> None:
    goals = [
        {"id": "shop", "text": "Families at the farm shop", "who": "families nearby"},
        {"id": "volunteers", "text": "Ten volunteers", "who": WHO[language],
         "invite": "Volunteer taster morning"},
    ]  # fmt: skip
    event = {"title": "Volunteer taster morning", "date": date(2027, 3, 13), "time": "10:00"}
    topic = {"title": TOPIC, "kind": "theme", "goals": ["shop"], "questions": ["What helps?"]}
    strategy = make(language=language, goals=goals, topics=[topic], events=[event],
                    channels={"facebook": {}})  # fmt: skip
    rows = [
        {"channel": "facebook", "move": "ask", "topic": TOPIC, "goal": "shop", "seq": seq,
         "start": "2027-03-11 09:00"}
        for seq in range(2)
    ] + [
        {"channel": "facebook", "move": "reply", "topic": TOPIC, "goal": "shop", "seq": seq,
         "start": "2027-03-12 18:00", "follows": seq}
        for seq in range(2)
    ]  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    inviting = [p for p in replies if "aster" in p or "Schnupper" in p or "Volunteer" in p]
    assert inviting, replies
    for prompt in inviting:
        assert WHO[language] in prompt, prompt
