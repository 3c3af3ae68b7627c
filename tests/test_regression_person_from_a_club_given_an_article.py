"""An art association's prompt sent the team „zu den Beiträgen vom Wolfgang Kersting vom
Heimatverein Lennebrück“, and a walking club's named „Stefan Brehm von Forstrevier Kohlwald“
(r330, r332 writers): a person named with their club took the club's article, and no ending
told the gender of „Forstrevier“.

A person named with their organisation takes no article; a „-revier“ is neuter.
"""

from __future__ import annotations

from dialogplan.names import declined, spoken


def test_a_person_from_a_club_takes_no_article() -> None:
    name = spoken("Heimatverein Lennebrück – Wolfgang Kersting", "de")
    assert declined(name, "von") == "von Wolfgang Kersting vom Heimatverein Lennebrück"


def test_a_forest_district_is_neuter() -> None:
    said = spoken("Forstrevier Kohlwald – Stefan Brehm", "de")
    assert said == "Stefan Brehm vom Forstrevier Kohlwald"


def test_an_organisation_keeps_its_article() -> None:
    assert declined("Tourismusverein Lindower Seen", "akk") == "den Tourismusverein Lindower Seen"
