"""A boatbuilding charity's and a bridal shop's writers read the same share prompt step twice:
"then put this question to your followers: Pick a piece this question suits, and ask your
followers: “…”" (r353, r355 writers). A share with a question of its topic says once how to
pick the piece and ask.
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.test_render import entries, render
from tests.test_threads import make

QUESTION = "What's the oldest tool in your kit that you still use every week?"
TOPIC = {"title": "Caring for hand tools", "kind": "theme", "questions": [QUESTION]}


def test_a_share_asks_its_followers_once() -> None:
    strategy = make(language="en", topics=[TOPIC], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "share", "topic": TOPIC["title"], "seq": n,
             "start": f"{date(2027, 3, 1) + timedelta(days=7 * n)} 09:00"}
            for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    asking = [p for p in prompts if QUESTION in p]
    assert asking, prompts
    for prompt in asking:
        assert prompt.count("followers:") == 1, prompt
