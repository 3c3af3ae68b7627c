"""„We're looking for and keep community volunteers as energy champions“.

An energy-advice charity's goal read "Recruit and keep community volunteers as energy
champions"; the search asked in a group took everything after "Recruit" as the people
sought. Verbs joined to the first ("Recruit, train and keep …", „gewinnen und halten“) and a
closing "and keep them" are not part of whom a team looks for.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought

CASES = [
    ("en", "Recruit and keep community volunteers as energy champions",
     "community volunteers as energy champions"),
    ("en", "Recruit, train and keep volunteers", "volunteers"),
    ("en", "Recruit volunteers and keep them", "volunteers"),
    ("de", "Ehrenamtliche gewinnen und halten", "Ehrenamtliche"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "goal", "people"), CASES)
def test_only_the_people_are_sought(language: str, goal: str, people: str) -> None:
    assert sought(goal, language) == people
