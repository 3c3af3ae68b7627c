"""Regression: "Which cosy game had the best farm animals, and why?" was said to ask "about the
subject in general" and kept from other people's posts (r658 writer; r656 writer likewise).

A question that asks for a pick asks for the reader's own, with or without a "you" in it:
under someone else's post it is theirs to answer. One about the subject that asks for no pick,
or one about the team, still stays in the team's own posts.
"""

from __future__ import annotations

import pytest

from dialogplan.team_material import fits_under_others


@pytest.mark.parametrize(
    ("question", "language", "fits"),
    [
        ("Which cosy game had the best farm animals, and why?", "en", True),
        ("Towel, hose or straight in the bath after a wet walk?", "en", True),
        ("Was ist bei einem neuen Segel wichtiger – Haltbarkeit oder Form?", "de", True),
        ("Should shops put leftovers online the same evening?", "en", False),
        ("Which of our cakes should we bake next?", "en", False),
        ("What small thing could a neighbour do to make a newcomer feel at home?", "en", False),
    ],
)
def test_a_pick_may_go_under_other_people_s_posts(question: str, language: str, fits: bool) -> None:
    assert fits_under_others(question, language) is fits
