"""A surf charity's kit appeal was announced on the day it opened with "what the money is for,
and how far you've got" and "what has come together so far" (r566): nothing had yet. An
appeal's announcement says what it is for and whom it helps, in either language.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

STRUCK = ["how far you've got", "come together so far", "wie weit", "schon zusammengekommen"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_appeal_is_not_asked_how_far_it_got(language: str) -> None:
    strategy = make(
        language=language,
        offers=[{"title": "Kit appeal", "details": "Every £25 buys an hour of a wetsuit"}],
    )
    rows = [
        {"channel": "instagram", "move": "announce", "announce": "Kit appeal", "seq": seq,
         "start": f"2027-03-{1 + 2 * seq:02d} 09:00"}
        for seq in range(8)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert prompts
    for prompt in prompts:
        assert not [line for line in STRUCK if line in prompt], prompt
