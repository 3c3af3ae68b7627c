"""#secondhandseptember was searched and added to posts in February and March.

A vintage shop listed the campaign's hashtag among its goal's places; prompts through the
spring sent the team to look under it and put it on posts. A hashtag that names a month or a
season at an end (#secondhandseptember, #plasticfreejuly, #wintercycling) is now used only
in its months; #junior stays a hashtag for all year.
"""

from __future__ import annotations

import pytest

from dialogplan.seasons import tag_months
from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(
    ("tag", "months"),
    [
        ("#secondhandseptember", {9}),
        ("#plasticfreejuly", {7}),
        ("#septemberflowers", {9}),
        ("#weihnachtsmarkt", {11, 12}),
        ("#junior", None),
        ("#email", None),
        ("#glasgowvintage", None),
    ],
)
def test_a_hashtag_knows_its_months(tag: str, months: set[int] | None) -> None:
    assert tag_months(tag) == (frozenset(months) if months else None)


def test_a_september_hashtag_stays_out_of_a_spring_plan() -> None:
    goals = [{"id": "thrift", "text": "Win young thrifters",
              "where": ["#secondhandseptember", "#glasgowvintage"]}]  # fmt: skip
    strategy = make(language="en", goals=goals, channels={"instagram": {}})  # March to August
    prompts = [e.prompt for e in build(strategy).entries]
    assert any("#glasgowvintage" in p for p in prompts)
    assert not any("#secondhandseptember" in p for p in prompts)
