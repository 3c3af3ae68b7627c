"""Regression: "Marcus had news on 18 January: Appointed Head of Digital …" (r530).

A cell that starts with what was done to the contact was left out of the deeds ("Tom named
Community Branch of the Year" says the opposite) and pasted after "had news on …:". It is
said with its "was" now: "Marcus was appointed Head of Digital …".
"""

from __future__ import annotations

import pytest

from dialogplan.news import what_they_did


@pytest.mark.parametrize(
    ("cell", "done"),
    [
        ("Appointed Head of Digital at Fellgate Council",
         "was appointed Head of Digital at Fellgate Council"),
        ("Named Volunteer of the Year", "was named Volunteer of the Year"),
        ("Was appointed chair", "was appointed chair"),
        ("Opened a second café", "opened a second café"),
        ("Ten years in business", ""),
    ],
)  # fmt: skip
def test_a_cell_of_what_was_done_to_them_gets_its_was(cell: str, done: str) -> None:
    assert what_they_did(cell, "en") == done
