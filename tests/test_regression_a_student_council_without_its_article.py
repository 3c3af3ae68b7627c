"""Regression: „Felix Braune von Studentenrat Leipzig“ (r669).

A choir named a contact's student council without its article. A council is masculine:
„vom Studentenrat Leipzig“.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken


@pytest.mark.parametrize("council", ["Studentenrat Leipzig", "Studierendenrat der TU Dresden"])
def test_a_student_council_takes_its_article(council: str) -> None:
    assert spoken(f"{council} – Felix Braune", "de") == f"Felix Braune vom {council}"
