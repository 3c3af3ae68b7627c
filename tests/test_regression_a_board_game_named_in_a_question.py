"""A multi-generation house's question „{Spielst du|Spielen Sie} lieber Rommé oder Mensch ärgere
dich nicht?“ was refused: „dich“ stood outside the braces, though it is the board game's name
(r455 writer).

A name in quotation marks keeps its words, whatever register the line speaks in, and the
message says so where a name may be what holds the word.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A page that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"linkedin": {"share": 0.6, "address": "Sie"}, "instagram": {}}

GAME = "{Spielst du|Spielen Sie} lieber Rommé oder „Mensch ärgere dich nicht“?"


def test_a_quoted_name_keeps_its_du() -> None:
    topic = {"title": "Spieleabend", "kind": "theme", "questions": [GAME]}
    assert make(topics=[topic], channels=BOTH).topics[0].questions == (GAME,)


def test_without_quotes_the_message_says_how_to_keep_a_name() -> None:
    bare = GAME.replace("„", "").replace("“", "")
    with pytest.raises(StrategyError, match="put the name in quotation marks instead"):
        make(topics=[{"title": "Spieleabend", "kind": "theme", "questions": [bare]}], channels=BOTH)
