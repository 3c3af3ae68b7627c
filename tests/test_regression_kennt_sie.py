"""A first-aid branch's reply round on its „Sie“ page suggested „Kennt Sie das auch?“ as the
team's own first comment (r360): the verb stood outside the braces. It is „Kennen Sie“.
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.test_render import entries, render
from tests.test_threads import make


def test_the_first_comment_says_kennen_sie() -> None:
    strategy = make(channels={"facebook": {"address": "Sie"}})
    rows = []
    for n in range(8):
        day = date(2027, 3, 1) + timedelta(days=7 * n)
        rows += [{"channel": "facebook", "move": "share", "start": f"{day} 09:00", "seq": n},
                 {"channel": "facebook", "move": "reply", "start": f"{day} 18:00",
                  "follows": 2 * n, "seq": n}]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "Kennen Sie das auch?" in p], prompts
    assert not [p for p in prompts if "Kennt Sie" in p]
