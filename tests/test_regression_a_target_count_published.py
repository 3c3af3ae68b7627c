"""A tax-help club's goal „Bis Ende März 40 neue Mitglieder in Wernsbach und im Ulmtal gewinnen“
ended a public post with „Wir suchen gerade 40 neue Mitglieder …“ (r557): the club's internal
target, published. A count of ten or more, in figures or in words, is the team's aim, and the
search leaves it out; a small one names a real opening and stays.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought


@pytest.mark.parametrize(
    ("goal", "language", "said"),
    [
        ("Bis Ende März 40 neue Mitglieder in Wernsbach und im Ulmtal gewinnen", "de",
         "neue Mitglieder in Wernsbach und im Ulmtal"),
        ("Find 25 new volunteers for the spring clean", "en",
         "new volunteers for the spring clean"),
        ("Bis zum 31. Juli zwei Übungsleiter finden", "de", "zwei Übungsleiter"),
        ("Find 2 volunteer drivers", "en", "2 volunteer drivers"),
        # written out, as a canoe club's „Zehn neue Kinder … gewinnen“ (r613)
        ("Zehn neue Kinder zwischen 8 und 14 Jahren gewinnen", "de",
         "neue Kinder zwischen 8 und 14 Jahren"),
        ("Find twenty new stewards", "en", "new stewards"),
        ("Find canteen staff", "en", "canteen staff"),
    ],
)  # fmt: skip
def test_a_target_count_stays_out_of_the_search(goal: str, language: str, said: str) -> None:
    assert sought(goal, language) == said
