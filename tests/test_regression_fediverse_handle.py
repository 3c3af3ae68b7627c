"""An Instagram prompt sent the reader to a Mastodon account.

A radio station's goal named `@kirkstallnews@example.social` among its places; Instagram
congratulations said to start there. A fediverse handle is an account on Mastodon, and only
Mastodon entries name it.
"""

from __future__ import annotations

import pytest

from dialogplan.team_material import reachable_from


@pytest.mark.parametrize(
    ("channel", "place", "reachable"),
    [
        ("instagram", "@kirkstallnews@example.social", False),
        ("linkedin", "news from @kirkstallnews@example.social", False),
        ("mastodon", "@kirkstallnews@example.social", True),
        ("instagram", "@marcus.rows", True),  # an Instagram handle with a dot
        ("instagram", "#leedsradio", True),
    ],
)
def test_a_fediverse_handle_belongs_to_mastodon(channel: str, place: str, reachable: bool) -> None:
    assert reachable_from(channel, place) is reachable
