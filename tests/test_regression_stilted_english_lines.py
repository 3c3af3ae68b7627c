"""A darkroom collective's reviewer read "Which experience showed you that?" under other
people's posts and "What did you take from this issue?" in a note to a reader as stilted
English (r449).

The lines ask what made them see it that way, and whether anything in the issue is worth
more.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

STILTED = ("Which experience showed you that?", "What did you take from this issue?")


def test_no_prompt_asks_in_the_stilted_lines() -> None:
    topics = [{"title": "Film or digital", "kind": "theme", "talk": "debate"}]
    strategy = make(language="en", start=date(2027, 1, 11), months=12, topics=topics,
                    channels={"mastodon": {"hours_per_week": 2},
                              "newsletter": {"hours_per_week": 1}})  # fmt: skip
    prompts = [e.prompt for e in build(strategy).entries]
    assert any("What made you see it that way?" in p for p in prompts)
    assert not [p for p in prompts if any(line in p for line in STILTED)]
