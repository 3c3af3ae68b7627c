"""A theatre group's reply round at 18:00 said nothing of its open evening at 19:00.

The Lantern Players' Instagram replies under the question about backstage jobs fell an hour
before the backstage open evening the question had invited to, and asked about painting
sets some Saturday instead; a reviewer called "come tonight" the obvious move. On its own
day, an event shorter than three hours is invited to until an hour before it starts (a
quarter of an hour before, it still is not: see the wreath workshop's regression).
"""

from __future__ import annotations

import pytest

from tests.test_prompt_context import contexts
from tests.test_regression_evening_after_event import timed


@pytest.mark.parametrize(
    ("start", "invites"),
    [
        ("2027-02-10 17:30", True),
        ("2027-02-10 18:00", True),  # an hour before: people nearby can still come
        ("2027-02-10 18:15", False),
    ],
)
def test_the_same_day_invites_until_an_hour_before(start: str, invites: bool) -> None:
    rows = [{"channel": "linkedin", "move": "reply", "start": start}]
    facts = contexts(timed("19:00-21:00"), rows)(0)
    assert (facts["event_soon"] is not None) == invites
