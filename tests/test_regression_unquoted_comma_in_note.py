"""A note with an unquoted comma spilled into talk_about, and the check said nothing.

A hospice association's row ended „…,Pflegedienstleitung, früher Diakoniestation“: the row
had as many cells as the header, so „früher Diakoniestation“ became what to talk about and
went into prompts. A cell that starts with a space after a filled one is now reported as the
rest of the cell before it, unless the whole row is written with a space after each comma.
"""

from __future__ import annotations

from tests.test_contacts import problems, read

HEADER = "name,channel,tier,note,talk_about"


def test_a_cell_cut_at_an_unquoted_comma_is_reported() -> None:
    row = "Markus Vogt,linkedin,regular,Pflegedienstleitung, früher Diakoniestation"
    expected = (
        "contacts.csv:2: talk_about: starts with a space, as if it were the rest of note cut "
        "at the separator; put quotes around the whole text of note, separator and all"
    )
    assert problems(f"{HEADER}\n{row}\n") == [expected]


def test_a_quoted_comma_and_a_spaced_row_are_fine() -> None:
    quoted = 'Markus Vogt,linkedin,regular,"Pflegedienstleitung, früher Diakoniestation",'
    spaced = "Anna Bauer, linkedin, regular, Pflegedienstleitung, Fallbesprechung"
    assert len(read(f"{HEADER}\n{quoted}\n{spaced}\n").people) == 2
