"""A recording studio was told to stitch a TikTok video "and tag whoever wrote it".

Videos are made, not written, and "what's the example you left out?" read as an odd thing to
ask a stranger. A share on a video channel says who made the piece.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize("channel", ["tiktok", "youtube"])
def test_a_video_is_made_not_written(channel: str) -> None:
    strategy = make(language="en", timezone="Europe/London", channels={channel: {}})
    rows = [{"channel": channel, "move": "share", "start": f"2027-03-{1 + n:02d} 18:00",
             "seq": n} for n in range(12)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "wrote it" not in entry.prompt, entry.prompt
        assert "made you write" not in entry.prompt, entry.prompt
        assert "left out" not in entry.prompt, entry.prompt
