"""A squash club's contact „Coach Aaron Baptiste“ was thanked „for something Coach shared
lately“ (r288's writer): a title before a name is no first name.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name


@pytest.mark.parametrize(
    ("name", "first"),
    [("Coach Aaron Baptiste", "Aaron"), ("Dr Anna Reid", "Anna"),
     ("Pfarrerin Ruth Albers", "Pfarrerin Ruth Albers")],
)  # fmt: skip
def test_a_title_is_no_first_name(name: str, first: str) -> None:
    assert first_name(name) == first
