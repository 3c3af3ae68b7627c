"""A monthly review, filed under the Facebook page, read as a note on the page alone.

Two reviewers marked it as covering every channel while labelled with one, and as ending in a
private note nobody answers. The review now says it covers all channels, and ends with writing
to one person who answered.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

ENDINGS = (
    "write to the person whose answer taught you most",
    "send one person who answered a short message",
    "write to them now",
)
ENDUNGEN = ("Schreib danach der Person", "Schick einer Person", "Schreib der Person")


def test_an_english_review_covers_every_channel_and_ends_with_a_message() -> None:
    strategy = make(
        language="en", timezone="Europe/London", channels={"facebook": {}, "instagram": {}}
    )
    reviews = [e.prompt for e in build(strategy).entries if e.move == "review"]
    assert len(reviews) >= 3
    for prompt in reviews:
        assert "all your channels" in prompt
        assert any(ending in prompt for ending in ENDINGS)


def test_a_german_review_too() -> None:
    strategy = make(channels={"facebook": {}, "instagram": {}})
    reviews = [e.prompt for e in build(strategy).entries if e.move == "review"]
    assert len(reviews) >= 3
    for prompt in reviews:
        assert "über alle Kanäle" in prompt
        assert any(ending in prompt for ending in ENDUNGEN)
