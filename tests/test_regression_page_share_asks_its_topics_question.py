"""A share on an orchard's Facebook page asked its followers "What's your experience with this?".

The topic had its own questions for exactly those people ("When did your apple trees come into
blossom this year?"). A piece shared on a page is put to the page's followers, not to its
author: the share now asks them the topic's question where one is free. Where the question
goes to the author (a LinkedIn share tags them), it takes none. A jazz club's reviewer found
such a question beside the piece's subject: where it does not fit the piece, the prompt says
what to ask instead.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

BLOSSOM = "When did your apple trees come into blossom this year?"
TOPIC = {"title": "Apple blossom", "kind": "theme", "questions": [BLOSSOM]}


def _share(channel: str) -> list[dict[str, Any]]:
    return [{"channel": channel, "move": "share", "topic": "Apple blossom",
             "start": "2027-04-14 09:00"}]  # fmt: skip


def test_a_page_share_asks_the_followers_the_topics_question() -> None:
    strategy = make(language="en", topics=[TOPIC], channels={"facebook": {}})
    (entry,) = render(strategy, entries(strategy, _share("facebook")))
    assert f"your followers: “{BLOSSOM}”" in entry.prompt
    assert "What's your experience with this?" not in entry.prompt
    # The question is the topic's, the piece someone else's: the piece is chosen to suit it.
    assert "your question" in entry.prompt


def test_a_tagged_share_leaves_the_question_for_the_teams_posts() -> None:
    strategy = make(language="en", topics=[TOPIC], channels={"linkedin": {}})
    assert questions_in_turn(strategy, entries(strategy, _share("linkedin"))) == [""]


def test_a_german_page_share_asks_it_too() -> None:
    topic = {"title": "Apfelblüte", "kind": "theme", "questions": ["Wann blühen eure Apfelbäume?"]}
    strategy = make(topics=[topic], channels={"facebook": {}}, voice="wir")
    rows = [{"channel": "facebook", "move": "share", "topic": "Apfelblüte",
             "start": "2027-04-14 09:00"}]  # fmt: skip
    (entry,) = render(strategy, entries(strategy, rows))
    assert "„Wann blühen eure Apfelbäume?“" in entry.prompt
