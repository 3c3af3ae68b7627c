"""A goal's Facebook group turned up in Instagram prompts, and hashtags on Facebook groups."""

from __future__ import annotations

import pytest

from dialogplan.team_material import reachable_from

PLACES = [
    "#oldenburg",
    "die Facebook-Gruppe „Eltern in Oldenburg“",
    "Schülerzeitungen der Oldenburger Gymnasien auf Instagram",
    "the LinkedIn pages of Bay Area coworking spaces",
    "Weinbars in Frankfurt",
    "the Tidepool discussions on GitHub",  # no channel reaches it
]


@pytest.mark.parametrize(
    ("channel", "reached"),
    [
        ("instagram", [0, 2, 4]),
        ("facebook", [1, 4]),  # nobody browses a Facebook page by hashtag
        ("facebook-group", [1, 4]),  # groups take no hashtags
        ("linkedin", [0, 3, 4]),
        ("xing", [4]),
    ],
)
def test_a_place_belongs_to_the_platform_it_names(channel: str, reached: list[int]) -> None:
    assert [i for i, place in enumerate(PLACES) if reachable_from(channel, place)] == reached
