"""A chimney sweep's goal „Bis Sommer 2027 einen Auszubildenden zum Schornsteinfeger gewinnen“
asked a group „Wir suchen gerade Bis Sommer 2027 einen Auszubildenden …“ (r451 writer).

When the team wants someone is not whom it seeks: a leading „bis …“, „ab …“ or „im …“ stays
out of the search as prompts say it.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("Bis Sommer 2027 einen Auszubildenden zum Schornsteinfeger gewinnen",
         "einen Auszubildenden zum Schornsteinfeger"),
        ("Bis zum 31. Juli zwei Übungsleiter finden", "zwei Übungsleiter"),
        ("Ab August 2027 einen Azubi einstellen", "einen Azubi"),
        ("Imker finden", "Imker"),
    ],
)  # fmt: skip
def test_the_search_leaves_out_when(goal: str, said: str) -> None:
    assert sought(goal, "de") == said
