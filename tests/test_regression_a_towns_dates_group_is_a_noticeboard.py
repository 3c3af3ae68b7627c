"""Regression: questions about sensitive skin in „Forchheim – Tipps & Termine“.

A soap workshop's reviewer (r276) read a theme question in the town's group for what's on,
where people post dates and tips, not skin care. A group named for a town's dates and events
is a noticeboard: it is asked about local life.
"""

import pytest

from dialogplan.names import noticeboard


@pytest.mark.parametrize(
    "group",
    [
        "Forchheim – Tipps & Termine",
        "Was ist los in Herne",
        "What's On Wrayhaven",
        "Events in Leeds",
    ],
)
def test_a_group_for_what_is_on_is_a_noticeboard(group: str) -> None:
    assert noticeboard(group)


@pytest.mark.parametrize("group", ["Eltern in Herne", "Paddeln in Brandenburg", "Yoga Leeds"])
def test_a_group_for_people_or_a_theme_is_not(group: str) -> None:
    assert not noticeboard(group)
