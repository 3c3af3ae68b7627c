"""A tattoo studio's posts on fine-line tattoos carried #blackworktattoo and #neotraditional.

Its channel listed five hashtags; #finelinetattoo took its turn behind two other styles, and
"tattoo", which four of its topics say, made #blackworktattoo count as named after them all
(r371). A stem several topics share now names none of them, and a hashtag named after the
post's own topic comes right after the area's.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import Contexts
from dialogplan.word_stems import NamedAfter
from tests.test_render import entries
from tests.test_threads import make

TOPICS = {
    "Tattoo aftercare": "tattoo aftercare",
    "First tattoo nerves": "first tattoo nerves",
    "Fine-line tattoos and how they age": "fine-line tattoos",
}


def test_a_word_the_whole_field_says_names_no_topic() -> None:
    named = NamedAfter(TOPICS)
    assert named("#blackworktattoo") == frozenset()
    assert named("#finelinetattoo") == {"Fine-line tattoos and how they age"}
    assert named.of_field("#sussextattoo")


@pytest.mark.parametrize("seq", range(4))
def test_a_post_carries_the_hashtag_of_its_topic(seq: int) -> None:
    strategy = make(
        language="en",
        timezone="Europe/London",
        area="Lewes",
        topics=[{"title": title, "short": short} for title, short in TOPICS.items()],
        channels={
            "instagram": {
                "tags": ["#lewes", "#blackworktattoo", "#neotraditional", "#finelinetattoo"]
            },
            "facebook": {},
        },
    )
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-03-08 18:00", "seq": seq,
             "topic": "Fine-line tattoos and how they age"}]  # fmt: skip
    tags = Contexts(strategy, entries(strategy, rows))(0)["rules"]["tags"]
    assert tags[:2] == ("#lewes", "#finelinetattoo")
