"""A post about ticks carried #puppyclass.

A vet practice's Instagram tags were #norfolkdogs, #puppyclass and #vetlife; its posts took
them in turn, whatever they were about. A hashtag named after another of the team's topics
now stays off: the puppy-class tag goes on posts about the puppy classes only.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make


def test_a_hashtag_named_after_another_topic_stays_off() -> None:
    topics = [
        {"title": "Our puppy classes", "short": "our puppy classes"},
        {"title": "Ticks on the coast path", "kind": "theme"},
    ]
    channels = {"instagram": {"tags": ["#puppyclass", "#norfolkdogs", "#vetlife"]}}
    strategy = make(language="en", topics=topics, channels=channels)
    rows = [
        {"channel": "instagram", "move": "ask", "start": f"2027-03-0{2 + n} 12:00", "topic": t}
        for n, t in enumerate(["Ticks on the coast path", "Our puppy classes"])
    ]
    facts = contexts(strategy, rows)
    assert "#puppyclass" not in facts(0)["rules"]["tags"]
    assert "#puppyclass" in facts(1)["rules"]["tags"]
