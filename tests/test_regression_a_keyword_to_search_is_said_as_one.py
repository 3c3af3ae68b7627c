"""Regression: a community cinema's page was told "Try Trefaen first." (try what?) and, to
find a piece on films shot in Wales to share, "search for Trefaen" (r581): a keyword among a
channel's tags was said as if it were a hashtag, and a piece to share was looked for under
the town's name. A keyword is a search in quotes, and a piece to share is looked for on its
topic.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Films shot in Wales", "kind": "theme", "short": "films shot in Wales"}


def _prompts(move: str, topic: str) -> list[str]:
    strategy = make(language="en", area="Trefaen", topics=[TOPIC],
                    channels={"facebook": {"tags": ["Trefaen", "#communitycinema"]}})  # fmt: skip
    rows = [{"channel": "facebook", "move": move, "topic": topic, "goal": "sichtbar",
             "start": f"2027-03-{1 + 2 * n:02d} 09:00", "seq": n} for n in range(6)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_a_keyword_is_searched_for_in_quotes() -> None:
    prompts = _prompts("listen", "")
    assert any("“Trefaen”" in p for p in prompts), prompts
    assert not [p for p in prompts if "Try Trefaen" in p or "under Trefaen" in p]


def test_a_piece_to_share_is_not_looked_for_under_the_town() -> None:
    prompts = _prompts("share", TOPIC["title"])
    assert not [p for p in prompts if "Trefaen" in p], prompts
