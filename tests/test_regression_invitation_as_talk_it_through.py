"""A reply round invited to a stretching workshop with "let's talk it through in person".

The one line every reply round used to invite the people who answered an event's own
question read as an offer to discuss, then named a workshop's day and place; a history
society's reviewer found it reused for a photo-scanning morning and a talk alike. The line
now names the event it invites to.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "What's the one stiff spot you'd most like to work on?"
TOPICS = [{"title": "Stretching for riders", "short": "stretching for riders"}]
EVENTS = [{"title": "Stretching workshop", "short": "the stretching workshop",
           "date": date(2027, 3, 20), "time": "10:00-13:00", "question": QUESTION,
           "topics": ["Stretching for riders"]}]  # fmt: skip


def test_the_invitation_names_the_event() -> None:
    strategy = make(language="en", topics=TOPICS, events=EVENTS, channels={"instagram": {}})
    rows = asked_and_followed("reply", 8, 2, topic="Stretching for riders")
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    inviting = [p for p in prompts if "see you there?”" in p.lower()]
    assert inviting
    for prompt in inviting:
        assert "talk it through" not in prompt
        assert (
            "Come along to the stretching workshop –" in prompt
            or "what the stretching workshop is for" in prompt
        )
