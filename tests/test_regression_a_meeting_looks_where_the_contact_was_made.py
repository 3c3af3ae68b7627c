"""A hedge-laying association's meeting on Instagram sent it to "your sent messages from that
day" about 23 March, when the day's prompt had said to follow and comment and that "messages
can wait until they write to you" (r357: IMPOSSIBLE). Where reaching out was a follow and a
comment, a meeting looks for who answered the comments; only contact requests with a note
leave messages to look in.
"""

from __future__ import annotations

import pytest

from tests.test_render import entries, render
from tests.test_threads import make


@pytest.mark.parametrize("channel", ["instagram", "mastodon", "facebook"])
def test_a_meeting_after_follows_looks_for_answers_to_comments(channel: str) -> None:
    strategy = make(language="en", channels={channel: {}})
    prompts = []
    for seq in range(4):
        rows = [{"channel": channel, "move": "connect", "start": "2027-03-23 09:00", "topic": ""},
                {"channel": channel, "move": "meet", "start": "2027-05-10 18:00", "topic": "",
                 "continues": 0, "seq": seq}]  # fmt: skip
        prompts.append(render(strategy, entries(strategy, rows))[1].prompt)
    assert not [p for p in prompts if "sent messages" in p or "messages you sent" in p], prompts
    assert all("comment" in p for p in prompts), prompts
