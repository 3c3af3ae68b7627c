"""A volunteer agency's announcement said its consultation hour was "jeden Dienstag um 16
Uhr", though people could come any time from four to six (r338); a club night from seven to
nine read "every Tuesday at 7 pm" (r335).

A weekly time of an hour and a half or more is said with its end; a shorter one, such as a
run that sets off together, by its start.
"""

from __future__ import annotations

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make


@pytest.mark.parametrize(
    ("time", "said"), [("16:00-18:00", "16–18 Uhr"), ("18:30-19:30", "18:30 Uhr")]
)
def test_a_long_weekly_time_is_said_with_its_end(time: str, said: str) -> None:
    offer = {"title": "Engagement-Sprechstunde", "every": "tue", "time": time,
             "place": "im Bürgerhaus"}  # fmt: skip
    strategy = make(offers=[offer], channels={"facebook": {}})
    row = {"channel": "facebook", "move": "announce", "topic": "",
           "announce": offer["title"], "start": "2027-03-01 09:00"}  # fmt: skip
    assert contexts(strategy, [row])(0)["announce"].at == said
