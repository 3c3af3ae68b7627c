"""A huge or thoroughly broken activity log gives a short message, not hundreds of thousands."""

from __future__ import annotations

import pytest

from dialogplan.activity_log import parse_activity
from dialogplan.errors import ActivityLogError
from dialogplan.limits import MAX_LOG_BYTES, MAX_LOG_ROWS, MAX_PROBLEMS_SHOWN
from tests.hostile import accepted, example


def test_first_problems_are_listed_and_the_rest_counted() -> None:
    log = "date,channel\n" + "2027-01-05,nirgendwo\n" * 20_000
    with pytest.raises(ActivityLogError) as caught:
        parse_activity(log, "log.csv", accepted(example()))
    assert len(caught.value.problems) == MAX_PROBLEMS_SHOWN
    assert [p.line for p in caught.value.problems[:2]] == [2, 3]
    assert str(caught.value).splitlines()[-1] == (
        f"log.csv: … and {20_000 - MAX_PROBLEMS_SHOWN:,} more problems; fix these and run again"
    )


def test_log_past_the_row_limit_is_refused() -> None:
    log = "date,channel\n" + "2027-01-05,linkedin\n" * (MAX_LOG_ROWS + 1)
    with pytest.raises(ActivityLogError, match=f"more than {MAX_LOG_ROWS:,} rows"):
        parse_activity(log, "log.csv", accepted(example()))


def test_log_past_the_size_limit_is_refused() -> None:
    log = "date,channel,note\n" + "2027-01-05,linkedin," + "x" * MAX_LOG_BYTES + "\n"
    with pytest.raises(ActivityLogError, match="a log may hold at most"):
        parse_activity(log, "log.csv", accepted(example()))
