"""A rescue team's thank-you round in a runners' group said "thank the member whose answer helped
someone most lately. Start with a post you saved or bookmarked lately" and "We saved your post
about … a while ago" (r556): a second job beside the first. In a group the thanks are for an
answer, and each step says what to do with it.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

STRUCK = ["saved or bookmarked", "saved your post", "changed your mind", "offer something back"]


def test_a_group_s_thanks_are_for_an_answer() -> None:
    strategy = make(
        language="en",
        channels={"facebook-group": {}},
        groups={"facebook-group": ["Haverfell Harriers"]},
    )
    rows = [
        {"channel": "facebook-group", "move": "thank", "start": f"2027-03-{day:02d} 19:00"}
        for day in range(1, 29)
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("answer" in p for p in prompts)
    for prompt in prompts:
        assert not [line for line in STRUCK if line in prompt], prompt
