"""A mobile library asked "Which time would suit you best for the van to stop in your
village?", and the reply round said to thank each person for the story and ask what they
took from it (r456): times came back, not stories.

A which-question about what suits people best asks for a pick; one about the best time
they had is still a memory.
"""

from __future__ import annotations

from dialogplan.question_shapes import talk_of


def test_a_time_that_suits_is_a_pick() -> None:
    question = "Which time would suit you best for the van to stop in your village?"
    assert talk_of(question, "en") == "taste"


def test_the_best_day_out_is_still_a_story() -> None:
    assert talk_of("Which day out was your best one this summer?", "en") == "story"
