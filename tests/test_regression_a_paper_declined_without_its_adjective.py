"""„Anja Reuß von Oberhessische Rundschau“ (r406).

An archery club's reviewer read the local paper's name without its article and with its
adjective undeclined. A paper is „die Rundschau“ or „die Presse“, and after „von der“ its
adjective takes the dative: „von der Oberhessischen Rundschau“.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken

CASES = [
    ("Oberhessische Rundschau – Anja Reuß", "Anja Reuß von der Oberhessischen Rundschau"),
    ("Oberhessische Presse – Jan Ott", "Jan Ott von der Oberhessischen Presse"),
    ("Oberhessischer Bote – Eva Lind", "Eva Lind vom Oberhessischen Boten"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "said"), CASES)
def test_a_paper_is_said_with_its_article_and_declined(name: str, said: str) -> None:
    assert spoken(name, "de") == said
