"""A village hall was sent to comment on "posts about your film nights" on Instagram.

Its theme "Film night picks" had the short form "our film nights": among other people's
posts the prompt looked for posts about the hall's own evenings, which nobody else writes
(two reviewers' IMPOSSIBLE). Work among others' posts now drops the team's "our" from a
theme's short form; its own posts keep it.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPICS = [
    {"title": "Film night picks", "short": "our film nights", "kind": "theme"},
    {"title": "Lunch club", "short": "our lunch club", "kind": "theme"},
]


def nouns(move: str) -> list[str]:
    strategy = make(language="en", topics=TOPICS)
    rows = [{"channel": "instagram", "move": move, "start": f"2027-05-{d} 18:00", "topic": t}
            for d, t in (("10", "Film night picks"), ("11", "Lunch club"))]  # fmt: skip
    facts = contexts(strategy, rows)
    return [facts(i)["topic_noun"] for i in range(len(rows))]


def test_among_others_posts_the_short_form_is_no_longer_ours() -> None:
    assert nouns("comment") == ["film nights", "the lunch club"]


def test_own_posts_keep_it() -> None:
    assert nouns("ask") == ["our film nights", "our lunch club"]
