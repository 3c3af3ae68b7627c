"""A cycle-tour operator's early-booking announcement asked for „eine kleine Anekdote“.

About what, the reviewer asked: the offer lists its topic (luggage carried from hotel to
hotel), and the prompt did not say so. An announcement now tells its anecdote about the
first topic its offer or event lists, or asks for none: an English one no longer asks for a
story at all, since the first topic need not be what the offer is for (a hardware store's
Fix-It Counter was to be told through "one short story about damp in terraced houses", r331).
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Gepäcktransport von Hotel zu Hotel", "short": "Gepäcktransport"}
EARLY = {"title": "Frühbucher-Wochen", "from": date(2027, 3, 1), "until": date(2027, 3, 31),
         "topics": [TOPIC["title"]]}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "said"), [("de", "zum Gepäcktransport"), ("en", "about Gepäcktransport")]
)
def test_an_announcement_tells_about_its_topic(language: str, said: str) -> None:
    strategy = make(language=language, topics=[TOPIC], offers=[EARLY])
    rows = [{"channel": "instagram", "move": "announce", "start": f"2027-03-0{1 + n} 11:00",
             "announce": EARLY["title"], "seq": n} for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    anecdotes = [p for p in prompts if "Anekdote" in p or "story" in p]
    assert all(said in p for p in anecdotes), prompts
    assert anecdotes or language == "en", prompts
