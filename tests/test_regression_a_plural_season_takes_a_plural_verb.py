"""A credit union's season "the April bill rises" came out as "How is the April bill rises
treating you so far?" (r312 writer): a season whose name is a plural takes a plural verb.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MOMENT = {"title": "April bill rises", "short": "the April bill rises",
          "from": date(2027, 4, 1), "to": date(2027, 4, 30)}  # fmt: skip


def test_a_plural_season_takes_a_plural_verb() -> None:
    strategy = make(language="en", moments=[MOMENT], channels={"facebook": {}, "instagram": {}})
    rows = [{"channel": "facebook", "move": move, "start": f"2027-04-{d:02d} 09:00",
             "topic": "", "seq": d}
            for move in ("back", "comment") for d in range(5, 25)]  # fmt: skip
    prompts = " ".join(e.prompt for e in render(strategy, entries(strategy, rows)))
    assert "the April bill rises" in prompts
    for wrong in ("How is the April bill rises", "Does the April bill rises", "bill rises plays"):
        assert wrong not in prompts
