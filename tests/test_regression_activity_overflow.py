"""A log row dated in year 1 with an offset is that row's problem and hides no other row's."""

from __future__ import annotations

import pytest

from dialogplan.activity_log import parse_activity
from dialogplan.errors import ActivityLogError
from tests.hostile import accepted, example

LOG = """date,channel
0001-01-01T00:30+01:00,linkedin
2027-01-05,linkdin
2027-01-06T08:00+25:00,linkedin
2027-01-07,linkedin
"""


def test_every_bad_row_is_reported() -> None:
    with pytest.raises(ActivityLogError) as caught:
        parse_activity(LOG, "log.csv", accepted(example()))
    found = caught.value.problems
    assert [(p.line, p.path) for p in found] == [(2, "date"), (3, "channel"), (4, "date")]
    assert "outside the years dialogplan plans in" in found[0].message
    assert "offset from UTC that does not exist" in found[2].message
