"""A walling association was told to search for “batter frames and building by eye” (r327): a
topic's label, which no search engine matches as a whole.

A search for a topic joined by "and" uses its first phrase; a short pair stays whole.
"""

from __future__ import annotations

import re

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

#: A title too long to search as it stands, so that the short form is searched.
TITLE = "Building dry stone walls by eye with batter frames"


def _searches(short: str) -> set[str]:
    topic = {"title": TITLE, "short": short, "kind": "theme"}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "share", "start": f"2027-03-{d:02d} 12:00",
             "topic": TITLE, "seq": d} for d in range(1, 9)]  # fmt: skip
    prompts = " ".join(e.prompt for e in render(strategy, entries(strategy, rows)))
    return set(re.findall(r"[Ss]earch for “([^”]+)”", prompts))


def test_a_label_joined_by_and_is_searched_by_its_first_phrase() -> None:
    assert _searches("batter frames and building by eye") == {"batter frames"}


def test_a_short_pair_stays_whole() -> None:
    assert _searches("salt and pepper") == {"salt and pepper"}
