"""A society without its article: "Pauline Ormerod from Harrogate & Nidd Valley Alpine Group".

An alpine nursery's reviewer (r404) read a gardeners' group named without "the". A group or
a committee named for what it is takes "the" after "from", as an association does; a club
does not.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken

CASES = [
    ("Harrogate & Nidd Valley Alpine Group – Pauline Ormerod",
     "Pauline Ormerod from the Harrogate & Nidd Valley Alpine Group"),
    ("Kettleby Gala Committee – Dev Mistry", "Dev Mistry from the Kettleby Gala Committee"),
    ("Hollowbrook Bowls Club – Alan Pryce", "Alan Pryce from Hollowbrook Bowls Club"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "said"), CASES)
def test_a_group_is_the_group(name: str, said: str) -> None:
    assert spoken(name, "en") == said
