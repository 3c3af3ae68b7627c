"""A senior centre's Facebook page was asked to thank the people who "shared the question or
showed it in a story", with a reply „direkt darunter“ (r305): a story has no comments, and a
page cannot see private story shares. Only on Instagram, where a story mention comes in as a
message, does a thank-you round name stories, and only while they last: from the second day
it thanks those who tagged friends under the post (r459).
"""

from __future__ import annotations

from dialogplan.pipeline import build
from tests.support import REVISED_AT
from tests.test_threads import make


def test_a_facebook_page_thanks_sharers_without_stories() -> None:
    strategy = make(channels={"facebook": {}, "instagram": {}}, months=6)
    entries = build(strategy, revised_at=REVISED_AT).entries
    sharers = [
        e
        for e in entries
        if e.move == "thank"
        and ("geteilt" in e.prompt or "Story gezeigt" in e.prompt or "Freunde markiert" in e.prompt)
    ]
    assert {e.channel for e in sharers} == {"facebook", "instagram"}
    for entry in sharers:
        assert ("Story" not in entry.prompt) or entry.channel == "instagram", entry.prompt
