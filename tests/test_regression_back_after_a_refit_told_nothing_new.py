"""A community darkroom, closed a week while a new extractor fan and sink were fitted, came
back with "Anything new with you these past days?" and no word about the fan or the sink
(r317).

Equipment fitted or repaired while the doors are shut is works: the post after it shows
what is new.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make


@pytest.mark.parametrize(
    "reason",
    [
        "Darkroom closed - new extractor fan and sink being fitted",
        "Closed while the new kiln is installed",
        "Werkstatt zu: neue Absauganlage wird eingebaut",
        "Studio closed for electrical works on Level 2",
    ],
)
def test_equipment_fitted_in_a_break_is_works(reason: str) -> None:
    strategy = make(blackout=[{"start": date(2027, 4, 5), "end": date(2027, 4, 9),
                               "reason": reason}])  # fmt: skip
    rows = [{"channel": "linkedin", "move": "back", "start": "2027-04-12 08:00"}]
    assert contexts(strategy, rows)(0)["pause"]["kind"] == "works"
