"""Thanks to people who had shared a question on reading support added „Am vergangenen
Donnerstag war die Krimilesung: Ein Satz dazu, mit Dank an alle, die da waren, passt auch
hinein“, and a midwives' thank-you round thanked info-evening guests under a stranger's share.

A thank-you in the team's own space looks back on its event whatever its topic, but not one
that thanks for a post: its sharers came for that post's question.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make


def test_a_thank_you_for_one_post_leaves_an_unrelated_event_out() -> None:
    topics = [{"title": "Leseförderung", "kind": "theme"}, {"title": "Krimis", "kind": "theme"}]
    events = [{"title": "Krimilesung", "date": date(2027, 3, 18), "topics": ["Krimis"]}]
    strategy = make(topics=topics, events=events)
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-03-16 08:00",
         "topic": "Leseförderung"},
        {"channel": "instagram", "move": "thank", "start": "2027-03-19 08:00",
         "topic": "Leseförderung", "follows": 0},
        {"channel": "instagram", "move": "thank", "start": "2027-03-20 08:00",
         "topic": "Leseförderung"},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(1)["event_past"] is None
    assert facts(2)["event_past"].title == "Krimilesung"
