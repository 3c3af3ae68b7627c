"""Regression: an allotment society's "What did you wish you had sown last summer to eat from
now?" was kept for the summer months, and validate asked for one more question without
saying why (r587 writer). A season looked back on, or ahead to, ties a question to no month.
"""

from __future__ import annotations

import pytest

from dialogplan.seasons import question_months


@pytest.mark.parametrize(
    "question",
    [
        "What did you wish you had sown last summer to eat from now?",
        "What will you grow differently next spring?",
        "Was habt ihr im letzten Winter über eure Beete gelernt?",
    ],
)
def test_a_season_looked_back_on_or_ahead_to_names_no_month(question: str) -> None:
    assert question_months(question) is None


def test_a_season_of_its_own_still_does() -> None:
    assert question_months("What are you sowing this spring?")
