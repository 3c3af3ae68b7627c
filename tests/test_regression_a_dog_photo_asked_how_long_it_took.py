"""Regression: "How long did this one take you?" under a dog photo (r504).

A dog school's connect rounds on Instagram offered two lines for a stranger's post that fit
only some posts: "How long did this one take you?" (a made thing) and "What made you pick
this one?" (pick what?). Their lines now fit a dog, a cake or a view alike.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

STRUCK = ("How long did this one take you?", "What made you pick this one?")


def test_connect_lines_fit_any_post() -> None:
    strategy = make(language="en", channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "connect", "topic": "", "seq": n,
             "start": f"2027-03-{1 + n:02d} 11:00"} for n in range(24)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if any(line in p for line in STRUCK)], prompts
