"""A recording studio's TikTok account, eight weeks old, was told to thank its regulars.

"Thank your regular commenters under your TikTok videos – two of them, each by name": a
channel the team is only starting has none yet. In its first three months the thank-you
goes to people who commented lately. And "your own pick about making beats on a phone" is
now a pick for it.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def _prompts(move: str, *, new: bool, topic: str = "") -> list[str]:
    strategy = make(language="en", timezone="Europe/London",
                    channels={"instagram": {}, "tiktok": {"new": new}})  # fmt: skip
    rows = [{"channel": "tiktok", "move": move, "start": f"2027-04-{1 + n:02d} 12:00",
             "seq": n, "place": "own-comments" if move == "thank" else "", "topic": topic}
            for n in range(14)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_a_new_account_has_no_regulars_to_thank() -> None:
    assert not [p for p in _prompts("thank", new=True) if "regular" in p]
    assert [p for p in _prompts("thank", new=False) if "regular" in p]
