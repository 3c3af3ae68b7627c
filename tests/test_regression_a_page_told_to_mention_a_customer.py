"""Regression: "Still quiet? Mention Margaret Thurlow in a comment under it and ask for a first
answer" on a heating firm's Facebook page (r660).

A page can mention only people who engaged with it, and writes to nobody first: the reply
round's fallback sends the post to the person from the team's own profile instead.
"""

from __future__ import annotations

from typing import Any

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Margaret Thurlow,facebook,https://example.org/mt,regular,2026-10-02,,,,Grants,\n"
MENTIONS = {"en": ("Mention", "mention"), "de": ("markier", "erwähn")}


def page_replies(
    language: str, row: str, topic: str, channels: dict[str, Any] | None = None
) -> list[str]:
    """Eight reply rounds on a Facebook page under a question on ``topic``, the file's one
    contact given by ``row``."""
    people = parse_contacts((HEADER + row).encode(), "contacts.csv")
    topics = [{"title": topic, "kind": "theme"}]
    strategy = make(language=language, topics=topics, channels=channels or {"facebook": {}})
    strategy = strategy.with_people(people)
    ask: dict[str, Any] = {"channel": "facebook", "move": "ask", "topic": topic,
                           "start": "2027-03-02 09:00"}  # fmt: skip
    replies = [{**ask, "move": "reply", "follows": 0, "seq": n,
                "start": f"2027-03-03 1{n}:00"} for n in range(8)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, [ask, *replies]))[1:]]


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_page_sends_the_post_from_the_team_s_own_profile(language: str) -> None:
    texts = page_replies(language, ROW, "Grants")
    named = [text for text in texts if "Margaret Thurlow" in text]
    assert named, texts
    for text in named:
        assert not any(word in text for word in MENTIONS[language]), text
