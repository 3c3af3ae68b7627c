"""A physiotherapy practice was told to thank whoever had shared one of its Instagram posts.

Instagram does not show who shares a post (a share goes by message, or counts as a number),
so the fallback of a thank-you round for mentions could not be done there. On Instagram and
TikTok it now thanks someone who commented.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_thank_you_on_instagram_never_looks_for_who_shared() -> None:
    strategy = make(channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "thank", "start": f"2027-04-{day:02d} 19:00", "seq": day}
        for day in range(1, 29)
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "Erwähnung" in p]
    assert not [p for p in prompts if "geteilt hat" in p]
