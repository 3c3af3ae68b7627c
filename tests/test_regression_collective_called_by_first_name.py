"""A recording studio's plan told it to "send Hull a few personal lines".

Its contact "Hull Musicians Collective" is a group of musicians, not a person called Hull;
"collective" was no word that makes a name an organisation's, and the second mention took
its first word for a first name. Organisations are named in full every time; so is a
neighbourhood help association's „Seniorentreff Dulsberg“, once „bei Seniorentreff“.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name


@pytest.mark.parametrize(
    "name",
    ["Hull Musicians Collective", "Leith Parents Group", "Orkney Fiddlers Union",
     "Bristol Tenants Alliance", "Westfield Street Committee", "Harbour Youth Academy",
     "Seniorentreff Dulsberg"],
)  # fmt: skip
def test_an_organisation_keeps_its_whole_name(name: str) -> None:
    assert first_name(name) == name


def test_a_persons_first_name_is_still_used() -> None:
    assert first_name("Sunita Mistry") == "Sunita"
