"""A bookshop contact was called "The" the second time: "Write to The in an Instagram
direct message … and invite The".

"The Book Hive" looked like a person's name of two words. A name that starts with an
article is an organisation's: it is named in full every time, and never tagged to get a
thread going.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name, organisation


@pytest.mark.parametrize("name", ["The Book Hive", "Die Kleine Kneipe", "Das Kulturcafé Ost"])
def test_a_name_after_an_article_is_an_organisation_s(name: str) -> None:
    assert organisation(name)
    assert first_name(name) == name


@pytest.mark.parametrize(("name", "first"), [("Theo Walker", "Theo"), ("Dierk Meyer", "Dierk")])
def test_people_whose_names_start_like_one_keep_their_first_name(name: str, first: str) -> None:
    assert not organisation(name)
    assert first_name(name) == first
