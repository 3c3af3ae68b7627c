"""Regression: a hair salon asked „Glitzerspray oder Haarkreide – was nehmen Sie lieber für den
Fasching?“ on 27 February 2027, two and a half weeks after Shrove Tuesday (r586). A question
naming carnival is over with it, whenever Easter falls.
"""

from __future__ import annotations

from datetime import date

from dialogplan.seasons import past_its_feast

QUESTION = "Glitzerspray oder Haarkreide – was nehmen Sie lieber für den Fasching?"


def test_a_carnival_question_is_over_after_shrove_tuesday() -> None:
    assert not past_its_feast(QUESTION, date(2027, 2, 9))  # Shrove Tuesday 2027
    assert past_its_feast(QUESTION, date(2027, 2, 10))
    assert not past_its_feast(QUESTION, date(2028, 2, 29))  # Shrove Tuesday 2028
