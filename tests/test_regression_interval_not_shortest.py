"""A language school was told keep_in_touch: {close: 72} where 55 already kept its contacts.

The check jumped to the longest stretch a contact had gone without a touch, tried it, and
gave it: safe, but longer than needed. It now also tries shorter intervals down to the last
that failed, and gives the shortest that holds.
"""

from __future__ import annotations

from tests.test_people_plan import with_rows
from tests.test_regression_interval_loses_others import _check, _written

#: Close contacts on Mastodon, whom the plan could keep at 51 days and fewer.
ROWS = [
    "Paul,mastodon,,close,2027-02-14,,,,",
    "Petra,mastodon,,close,2027-02-12,,,,",
]


def test_the_suggested_interval_is_the_shortest_that_holds() -> None:
    # Close every 30 days: halfway to regular's 90, the intervals tried stay close ones.
    strategy = _written(with_rows(ROWS)[0], ROWS, "close", 30)
    suggested, _ = _check(strategy)
    days = suggested["close"]
    assert "close" not in _check(_written(strategy, ROWS, "close", days))[0]
    assert "close" in _check(_written(strategy, ROWS, "close", days - 1))[0]
