"""Regression: „Wer hat eure Frage … geteilt oder in einer Story gezeigt? Eure Benachrichtigungen
sagen es“ on Instagram (r438).

A skatepark initiative was told to thank the people who had shared its question, as its
notifications would show them. Instagram shows who put a post in their story only where they
marked the account; other shares stay hidden. The thank-you asks for those who marked the team,
and no longer asks people whom they showed the post to.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_thank_you_on_instagram_asks_only_for_what_it_can_see() -> None:
    strategy = make(channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-03-03 12:00"}] + [
        {"channel": "instagram", "move": "thank", "place": "mentions", "follows": 0,
         "seq": seq, "start": f"2027-03-{6 + seq:02d} 17:00"}
        for seq in range(6)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    assert not [p for p in prompts if "geteilt oder in einer Story gezeigt" in p]
    assert not [p for p in prompts if "Wem hast du es gezeigt" in p]
    assert any("markiert" in p for p in prompts)
