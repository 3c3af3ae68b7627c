"""Regression: "only 0 of them point people to it" (r675 writer).

A speech therapy practice's weekly aphasia group was named in passing and invited to nowhere,
and the warning counted „only 0“. It says none does.
"""

from __future__ import annotations

import dataclasses

from dialogplan.neglect import _unannounced_offers
from dialogplan.render import render
from tests.test_regression_weekly_offer_named_often_but_seldom_invited_to import CAFE
from tests.test_render import entries
from tests.test_threads import make


def test_none_that_points_people_to_it_is_said_as_none() -> None:
    strategy = make(offers=[CAFE], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-03-{day:02d} 09:00"}
            for day in range(2, 6)]  # fmt: skip
    rendered = [dataclasses.replace(e, prompt=f"{e.prompt} Im Elterncafé.", invites=None)
                for e in render(strategy, entries(strategy, rows))]  # fmt: skip
    (found,) = [f for f in _unannounced_offers(strategy, rendered) if f.code == "unannounced"]
    assert "but none of them points people to it (invites them to come;" in found.message
    assert "only 0" not in found.message
