"""A dog school's Instagram post said „Wir suchen gerade Mehr neue Kundinnen und Kunden“.

A goal's text that ends in „gewinnen“ was read as someone the team looks for, and a post
asked the followers' help with the search: a goal of more customers became a sales line,
with a capital „Mehr“. Growth targets and customers are no longer taken as someone sought.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Mehr neue Kundinnen und Kunden für unsere Welpenkurse gewinnen", "de", ""),
        ("Neue Mandanten unter kleinen Betrieben gewinnen", "de", ""),
        ("Attract more customers to the shop", "en", ""),
        ("Zwei Auszubildende für August finden", "de", "zwei Auszubildende für August"),
        ("Recruit volunteer presenters", "en", "volunteer presenters"),
    ],
)
def test_only_people_who_would_join_are_sought(text: str, language: str, found: str) -> None:
    assert sought(text, language) == found
