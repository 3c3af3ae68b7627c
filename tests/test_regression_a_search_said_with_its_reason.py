"""A walling guild's own post finished on "We're looking for young members under 26, so the
branch has wallers in twenty years' time…" (r457): the goal's reason, pasted after whom it
seeks.

A search said in a prompt leaves out a trailing "so …" or "because …": the team gives its
reason in its own words.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("Recruit young members under 26, so the branch has wallers in twenty years' time",
         "young members under 26"),
        ("Find two sponsors so that every junior has a chair", "two sponsors"),
        ("Recruit volunteers to drive the van", "volunteers to drive the van"),
    ],
)  # fmt: skip
def test_the_search_leaves_out_why(goal: str, said: str) -> None:
    assert sought(goal, "en") == said
