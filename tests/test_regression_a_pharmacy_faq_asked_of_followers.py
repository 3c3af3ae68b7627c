"""A pharmacy's post ended on "Can a pharmacist really give antibiotics for a urine infection?",
asked of its followers (r696): a question people put to the pharmacy, which its post answers.
Whether the trade can give, prescribe, treat or fix something is asked of the team.
"""

from __future__ import annotations

from dialogplan.question_shapes import asks_the_team


def test_whether_the_trade_can_do_it_is_asked_of_the_team() -> None:
    assert asks_the_team("Can a pharmacist really give antibiotics for a urine infection?", "en")
    assert asks_the_team("Can the optician fix a scratched lens?", "en")


def test_whether_people_can_do_it_is_asked_of_them() -> None:
    assert not asks_the_team("Can a dog really learn to love the hoover?", "en")
