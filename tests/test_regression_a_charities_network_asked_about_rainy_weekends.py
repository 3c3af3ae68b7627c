"""Regression: "Where do you go round here when it rains at the weekend?" in the “Greater
Manchester Small Charities Network” group (r668).

An HR consultant's question for charity managers went to their network as a question about
the town, as if the town in its name made it a neighbourhood's group. A name that also names
the goal's people is a field's group in that town.
"""

from __future__ import annotations

import pytest

from dialogplan.team_material import local_group
from tests.test_threads import make

WHO = "trustees and managers of small charities"


@pytest.mark.parametrize(
    ("group", "local"),
    [
        ("Greater Manchester Small Charities Network", False),
        ("Greater Manchester Mums and Dads", True),
        ("Manchester Neighbours Noticeboard", True),
    ],
)
def test_a_field_s_group_in_the_town_is_no_neighbourhood(group: str, local: bool) -> None:
    strategy = make(language="en", area="Greater Manchester")
    assert local_group(strategy, group, WHO) is local
