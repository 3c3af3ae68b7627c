"""A new contact on Instagram got the campsite's booking question after a single reply.

„Antwortet dir so jemand, frag per Direktnachricht: „Habt ihr für die Sommerferien schon
einen Platz am Wasser?““ turned the first answer to a comment into a sales message. A round
of new contacts now asks the goal's question once a short exchange has happened.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"de": "Habt ihr schon einen Platz am Wasser?", "en": "Have you booked your summer yet?"}
#: Where each language's templates ask it: after a DM on Instagram, in public on Mastodon.
CHANNEL = {"de": "instagram", "en": "mastodon"}
EXCHANGE = {
    "de": ("ein-, zweimal zurückgeschrieben", "kleiner Austausch"),
    "en": ("a reply or two",),
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_goal_s_question_waits_for_an_exchange(language: str) -> None:
    goals = [{"id": "gaeste", "text": "Gäste", "who": "Familien mit kleinen Kindern",
              "question": QUESTION[language]}]  # fmt: skip
    channel = CHANNEL[language]
    strategy = make(language=language, goals=goals, channels={channel: {}})
    rows = [
        {"channel": channel, "move": "connect", "start": f"2027-04-{day:02d} 11:00",
         "topic": "", "seq": day}
        for day in range(1, 29)
    ]  # fmt: skip
    asking = [
        r.prompt
        for r in render(strategy, entries(strategy, rows))
        if QUESTION[language] in r.prompt
    ]
    assert asking
    assert all(any(words in p for words in EXCHANGE[language]) for p in asking), asking[0]
