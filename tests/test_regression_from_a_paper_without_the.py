"""A paper without its article: "Marion Hale from Felsham Gazette".

A bowls club's reviewer (r390) read the local paper named without its article. English
papers and bodies named for what they are take "the" after "from"; a club, a school or a
council, and a name that has its own article or a possessive, do not.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken

CASES = [
    ("Felsham Gazette – Marion Hale", "Marion Hale from the Felsham Gazette"),
    ("Harbour Users Association – Gwen Prothero",
     "Gwen Prothero from the Harbour Users Association"),
    ("Hollowbrook Bowls Club – Alan Pryce", "Alan Pryce from Hollowbrook Bowls Club"),
    ("The Felsham Gazette – Marion Hale", "Marion Hale from The Felsham Gazette"),
    ("St Mary's Church – Ann Bell", "Ann Bell from St Mary's Church"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "said"), CASES)
def test_a_paper_is_the_paper(name: str, said: str) -> None:
    assert spoken(name, "en") == said
