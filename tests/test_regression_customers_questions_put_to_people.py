"""An ice-cream parlour asked a teachers' group "Do you have anything for a child with a milk
allergy?", and a toy shop asked its followers whether an old wooden train is worth repairing.

Both are what customers ask the team: put to others, they read as if the team did not know
its own trade (r222, r223). They are now known as such, and answered in the team's own posts.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Do you have anything for a child with a milk allergy?", "en"),
        ("Have you got something for a dairy-free guest?", "en"),
        ("Why does homemade ice cream melt faster than the supermarket kind?", "en"),
        ("Lohnt es sich, eine alte Holzeisenbahn reparieren zu lassen?", "de"),
        ("Unserem Puppenhaus fehlt eine Treppe – kann man so ein Teil nachbauen?", "de"),
    ],
)
def test_a_customers_question_is_for_the_teams_own_posts(question: str, language: str) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Do you have a favourite flavour?", "en"),
        ("Why do you love the seaside in winter?", "en"),
        ("Lohnt sich Massivholz für dich auch beim Regal, oder nur beim Esstisch?", "de"),
    ],
)
def test_a_question_about_the_reader_stays_theirs(question: str, language: str) -> None:
    assert not asks_the_team(question, language)
