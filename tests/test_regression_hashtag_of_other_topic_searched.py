"""A dance school looked for talk about leading and following under #hiphopkids.

The channel's hashtags were offered to every search on a topic, and a hashtag named after
a hyphenated topic („Kinder-Hip-Hop“) was not recognised as named after it: its words are
too short to count alone. A search on a topic now leaves out hashtags named after another
of the team's topics, hyphenated ones included, as the hashtags a post carries already did.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPICS = [
    {"title": "Wer führt beim Paartanz?", "short": "Führen und Folgen", "kind": "theme"},
    {"title": "Hip-Hop für Kids bei uns", "short": "Kinder-Hip-Hop"},
    {"title": "Discofox auf jeder Party", "short": "Discofox", "kind": "theme"},
]
TAGS = ["#tanzenkassel", "#discofox", "#hiphopkids"]


def test_a_search_on_a_topic_skips_the_hashtags_of_other_topics() -> None:
    strategy = make(topics=TOPICS, channels={"instagram": {"tags": TAGS}})
    rows = [
        {"channel": "instagram", "move": move, "start": f"2027-03-0{day} 09:00", "topic": topic}
        for day, (move, topic) in enumerate(
            [("listen", "Wer führt beim Paartanz?"), ("comment", "Discofox auf jeder Party"),
             ("ask", "Discofox auf jeder Party"), ("listen", "")], start=1)
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["tags"] == ("#tanzenkassel",)
    assert facts(1)["tags"] == ("#tanzenkassel", "#discofox")
    assert "#hiphopkids" not in facts(2)["rules"]["tags"]
    assert facts(3)["tags"] == tuple(TAGS)  # a search on no topic looks everywhere
