"""An Instagram greeting before Easter said "A photo from your week and two friendly lines
are enough. Post it with one clear photo." (r445).

What goes with a post is said once: a step that asks for a photo leaves the channel's own
line about pictures out.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make


def test_the_note_before_easter_asks_for_one_photo_once() -> None:
    strategy = make(language="en", region="GB-ENG", start=date(2027, 1, 11), months=3,
                    channels={"instagram": {}, "linkedin": {}})  # fmt: skip
    notes = [e.prompt for e in build(strategy).entries if e.move == "away"]
    assert any("A photo from your week" in note for note in notes)
    for note in notes:
        assert note.lower().count("photo") <= 1, note
