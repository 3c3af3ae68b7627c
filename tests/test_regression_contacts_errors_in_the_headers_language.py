"""A pet-sitting service's contacts file had German headers; its errors named English ones.

„talk_about: starts with a space, as if it were the rest of note cut at the separator“ for a
file whose header said „Notiz“ and „Gesprächsthema“: the team had to translate the columns
back to find the cell. Messages now name a column as the file's header writes it.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.errors import InputError

HEADER = "Name;Kanal;Profil;Stufe;Letzter Kontakt;Notiz;Gesprächsthema\n"
ROW = "Anke Lindemann;instagram;@anke;close;12.11.2026;Tierärztin; Praxis Bockelsberg;der Kurs\n"


def test_a_problem_names_the_column_as_the_header_says_it() -> None:
    with pytest.raises(InputError) as caught:
        parse_contacts((HEADER + ROW).encode(), "kontakte.csv")
    text = str(caught.value)
    assert "Gesprächsthema: starts with a space" in text, text
    assert "the rest of Notiz cut at the separator" in text, text
    assert "quotes around the whole text of Notiz" in text, text
    assert "talk_about" not in text, text
