"""`plan` listed channels by their ids ("facebook"), while `check` and the report name them by
label ("Facebook page"): a writer could not tell which finding went with which row. The table
now gives both.
"""

from __future__ import annotations

from dialogplan.summary import ChannelSummary, display_rows


def test_the_plan_table_names_a_channel_by_id_and_label() -> None:
    rows = [ChannelSummary("facebook", 0, 0, None, None),
            ChannelSummary("facebook-group", 0, 0, None, None)]  # fmt: skip
    cells = [row[0] for row in display_rows(rows)]
    assert cells == ["facebook (Facebook page)", "facebook-group (Facebook groups)"]
