"""A cheesemonger wrote `groups: {facebook-group: []}` while planning no Facebook groups, and
the strategy was refused: it "names groups for 'facebook-group', which is not a channel of
this strategy" (r233's writer). An empty list names no groups, and is fine.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make


def test_an_empty_list_of_groups_for_an_unplanned_channel_is_fine() -> None:
    strategy = make(channels={"facebook": {}}, groups={"facebook-group": []})
    assert list(strategy.channels) == ["facebook"]


def test_groups_named_for_an_unplanned_channel_are_still_refused() -> None:
    with pytest.raises(StrategyError, match="which is not a channel of this strategy"):
        make(channels={"facebook": {}}, groups={"facebook-group": ["Linlithgow Noticeboard"]})
