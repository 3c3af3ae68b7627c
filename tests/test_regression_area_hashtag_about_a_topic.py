"""A radio station looked for posts on Bristol's music scene under #bristolbusiness.

The topic names Bristol, and so does the sponsors' #bristolbusiness: the hashtag counted as
named after the music scene and was offered for a search on it. The area's name now says
nothing about a topic either way: what the rest of a hashtag says decides.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "listeners", "text": "Listeners"},
    {"id": "sponsors", "text": "Sponsors", "where": ["#bristolbusiness", "#bristol"]},
]
TOPICS = [
    {"title": "Bristol's local music scene", "kind": "theme"},
    {"title": "Independent Bristol businesses", "kind": "theme"},
]


def test_an_area_hashtag_about_another_topic_stays_off_the_search() -> None:
    strategy = make(language="en", area="Bristol", goals=GOALS, topics=TOPICS,
                    channels={"bluesky": {}})  # fmt: skip
    rows = [
        {"channel": "bluesky", "move": "comment", "start": f"2027-03-0{day} 09:00",
         "topic": topic, "goal": "sponsors"}
        for day, topic in enumerate(
            ["Bristol's local music scene", "Independent Bristol businesses"], start=1)
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert "#bristolbusiness" not in facts(0)["where"]
    assert "#bristolbusiness" in facts(1)["where"]
