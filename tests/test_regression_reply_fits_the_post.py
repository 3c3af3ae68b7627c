"""Regression: a reply round after a story or a shared piece offered lines for a problem.

Under the story the team told about supplier risk, the round suggested "That sounds
frustrating – where does it get stuck?", and under someone else's article "Here's what I'd
do: … Would that work in your situation?": lines for people who named a problem, chosen by
how the topic is talked about. What people write under a post depends first on what the post
was: their own experience of a story, their view of a piece.
"""

from __future__ import annotations

from functools import cache

import pytest

from dialogplan.entry import RenderedEntry
from tests.support import PLANS, build, load_plan
from tests.test_threads import make

PROBLEM_LINES = (
    "where does it get stuck",
    "Would that work in your situation",
    "What have you tried so far",
    "Hast du das schon ausprobiert",
    "Haben Sie das schon ausprobiert",
    "Was hast du bisher versucht",
)


@cache
def _replies_after(move: str) -> list[RenderedEntry]:
    replies = []
    for entries in _examples():
        by_uid = {e.uid: e for e in entries}
        replies += [
            e
            for e in entries
            if e.move == "reply" and e.follows_up and by_uid[e.follows_up].move == move
        ]
    return replies


@cache
def _examples() -> list[tuple[RenderedEntry, ...]]:
    return [build(load_plan(path)).entries for path in PLANS]


@pytest.mark.parametrize("move", ["story", "share"])
def test_a_reply_round_answers_what_the_post_was(move: str) -> None:
    replies = _replies_after(move)
    assert len(replies) > 10
    assert not [e.prompt for e in replies if any(line in e.prompt for line in PROBLEM_LINES)]


def test_replies_under_a_shared_piece_ask_about_the_piece() -> None:
    """… or take it further with the topic's question, in a comment of the team's own."""
    about = (
        "take from the piece",
        "about the piece",
        "the piece leaves out",
        "aus dem geteilten Beitrag",
        "zum Beitrag schreibt",
        "dem Beitrag noch fehlt",
        "comment of your own",
        "comment under the post",
        "eigenen Kommentar",
        "eigener Kommentar",
    )
    replies = _replies_after("share")
    assert sum(any(a in e.prompt for a in about) for e in replies) >= len(replies) // 3


def test_under_a_story_on_a_debate_people_are_asked_for_their_view() -> None:
    """A bakery's story about the fair price of a loaf drew "you've been there too" lines."""
    strategy = make(
        language="en",
        timezone="Europe/London",
        topics=[{"title": "The fair price of a loaf", "kind": "theme", "talk": "debate"}],
        channels={"instagram": {}, "linkedin": {}},
    )
    entries = build(strategy).entries
    by_uid = {e.uid: e for e in entries}
    after_story = [
        e
        for e in entries
        if e.move == "reply" and e.follows_up and by_uid[e.follows_up].move == "story"
    ]
    assert after_story
    assert not [
        e.prompt
        for e in after_story
        if "been there too" in e.prompt or "happened to you" in e.prompt
    ]
