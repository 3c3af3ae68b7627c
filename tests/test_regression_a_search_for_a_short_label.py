"""Regression: "search for “first-time tips”" (r625).

An escape room's theme "First-timer tips for escape rooms" has the short form "first-time
tips" for sentences; a share sent the team to search for that, which finds tips on driving and
mortgages. A search takes the theme's title where it is short enough to type.
"""

from __future__ import annotations

from dialogplan.prompt_context import search_words
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TITLE = "First-timer tips for escape rooms"


def test_a_short_title_is_searched_as_it_stands() -> None:
    assert search_words(TITLE, "first-time tips") == TITLE
    long = "What we learned from running three escape rooms in a Victorian lace warehouse"
    assert search_words(long, "running escape rooms") == "running escape rooms"
    assert search_words("Do we need to have played before?", "playing before") == "playing before"
    assert search_words("Cornish stories and harbour history", "harbour history") == (
        "harbour history"
    )


def test_a_share_searches_for_the_title() -> None:
    topic = {"title": TITLE, "kind": "theme", "short": "first-time tips"}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "share", "topic": TITLE, "seq": seq,
             "start": f"2027-04-{5 + seq:02d} 09:00"} for seq in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    searches = [p for p in prompts if "search" in p.lower()]
    assert searches, prompts
    assert all("“first-time tips”" not in p for p in prompts), searches
    assert any(f"“{TITLE}”" in p for p in searches), searches
