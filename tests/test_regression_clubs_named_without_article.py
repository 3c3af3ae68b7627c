"""A pool's friends association was told to look „bei DLRG-Ortsgruppe Reichenthann“.

Neither a local group („Ortsgruppe“, „Wasserwacht“) nor a club known by its letters („TSV“,
„FC“) told its gender, so the name stood without the article German needs. They now get it:
„bei der DLRG-Ortsgruppe“, „beim TSV Reichenthann 1921“.
"""

from __future__ import annotations

import pytest

from dialogplan.names import declined


@pytest.mark.parametrize(
    ("name", "case", "said"),
    [
        ("DLRG-Ortsgruppe Reichenthann", "bei", "bei der DLRG-Ortsgruppe Reichenthann"),
        ("TSV Reichenthann 1921", "bei", "beim TSV Reichenthann 1921"),
        ("Wasserwacht Reichenthann", "dat", "der Wasserwacht Reichenthann"),
        ("FC Oberdorf", "von", "vom FC Oberdorf"),
    ],
)
def test_a_club_gets_its_article(name: str, case: str, said: str) -> None:
    assert declined(name, case) == said
