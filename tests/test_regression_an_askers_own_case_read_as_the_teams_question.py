"""Regression: „Ihr hattet gefragt: „Was kostet mich ein Sanierungsfahrplan …?““ (r531).

A chimney sweep's newsletter answered a question its customers ask; the reply round after it
said the team had asked it. A question of the asker's own case („mich“, „mir“, „mein …“)
that addresses nobody is one people ask the team.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was kostet mich ein Sanierungsfahrplan nach der Förderung?", True),
        ("Muss mein Schornstein jedes Jahr gekehrt werden?", True),
        ("Was würdest du mir raten?", False),
        ("Was hat Ihnen in der ersten Woche geholfen?", False),
    ],
)
def test_the_askers_own_case_is_asked_of_the_team(question: str, expected: bool) -> None:
    assert asks_the_team(question, "de") is expected
