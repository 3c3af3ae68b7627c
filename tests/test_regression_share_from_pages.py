"""A chess club was sent to the pages of pubs and cafés for an article on getting back into chess.

The goal for adults listed those pages as where its people are, and a share on a theme
took every place of the goal as a place to look for pieces by others. Pages carry their own
news and events: a piece to share on a topic is no longer sought there.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [{"id": "adults", "text": "New adult members", "who": "adults who used to play",
          "where": ["the pages of Bishop's Stortford pubs and cafés", "#chessclub"]}]  # fmt: skip
TOPICS = [{"title": "Getting back into chess", "kind": "theme"}]


def test_a_share_on_a_topic_is_not_sought_on_pages() -> None:
    strategy = make(language="en", goals=GOALS, topics=TOPICS, channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": move, "start": f"2027-03-0{day} 09:00",
         "topic": "Getting back into chess", "goal": "adults"}
        for day, move in ((1, "share"), (2, "listen"))
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert not [p for p in facts(0)["where"] if "pages" in p]
    assert [p for p in facts(1)["where"] if "pages" in p]
