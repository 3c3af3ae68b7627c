"""A youth circus looked for posts on volunteering beside one's studies under #jonglieren.

The goal listed #ehrenamtgöttingen, but work on a topic dropped the goal's hashtags, and a
search on a topic dropped every hashtag naming the team's area. A hashtag named after the
entry's topic now stays, local or not.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [{"id": "trainer", "text": "Neue Trainerinnen", "where": ["#ehrenamtgöttingen"]}]
TOPICS = [{"title": "Ehrenamt neben dem Studium", "kind": "theme", "goals": ["trainer"]}]


def test_a_hashtag_named_after_the_topic_stays_in_a_search_on_it() -> None:
    strategy = make(
        goals=GOALS,
        topics=TOPICS,
        area="Göttingen",
        channels={"instagram": {"tags": ["#jonglieren", "#ehrenamtgöttingen"]}},
    )
    rows = [{"channel": "instagram", "move": "comment", "start": "2027-03-02 18:00",
             "topic": "Ehrenamt neben dem Studium", "goal": "trainer"}]  # fmt: skip
    facts = contexts(strategy, rows)(0)
    assert "#ehrenamtgöttingen" in facts["where"]
    assert "#ehrenamtgöttingen" in facts["tags"]
