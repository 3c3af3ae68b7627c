"""An Instagram prompt sent the user to "the pages of local holiday cottages".

Instagram has accounts, not pages, and the goal's place was meant for Facebook. A place made
of pages now belongs to the platforms that have them: Facebook, LinkedIn and XING.
"""

from __future__ import annotations

import pytest

from dialogplan.team_material import reachable_from

PAGES = "the pages of local holiday cottages"


@pytest.mark.parametrize(
    ("channel", "place", "reachable"),
    [
        ("instagram", PAGES, False),
        ("tiktok", "die Seiten der Schwabacher Grundschulen", False),
        ("facebook", PAGES, True),
        ("linkedin", "the pages of Bristol logistics firms", True),
        ("instagram", "#seitenwechsel", True),  # a hashtag, not a page
    ],
)
def test_pages_are_visited_only_where_pages_exist(
    channel: str, place: str, *, reachable: bool
) -> None:
    assert reachable_from(channel, place) is reachable
