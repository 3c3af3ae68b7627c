"""A Scout group's prompt said "Tomos' news from 1 February: Starts as an outdoor instructor
at …" (r544): a cell written as a headline in the present was pasted after a colon. It is
said as what the contact did: "Tomos started as an outdoor instructor at …".
"""

from __future__ import annotations

import pytest

from dialogplan.news import what_they_did


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("Starts as an outdoor instructor at Coed Adventure", "started as an outdoor"),
        ("Opens a second shop on Bridge Street", "opened a second shop"),
        ("Takes over the family farm", "took over the family farm"),
        ("Wins Best Bakery 2027", "won Best Bakery 2027"),
        # a folk singer's album, pasted after "Good news … today:" (r606)
        ("Releases his first album of West Country songs", "released his first album"),
        ("Graduates in physiotherapy", "graduated in physiotherapy"),
    ],
)
def test_a_headline_in_the_present_is_said_in_the_past(cell: str, said: str) -> None:
    assert what_they_did(cell, "en").startswith(said)


def test_a_headline_about_someone_else_stays_as_it_is() -> None:
    assert what_they_did("Marden Barn wins Venue of the Year", "en") == ""
