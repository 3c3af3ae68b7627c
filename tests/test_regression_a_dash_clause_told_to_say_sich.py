"""A blood-donation club wrote „{Hast du|Haben Sie} schon einmal Erste Hilfe leisten müssen – und
was hat dir am meisten gefehlt?“ and was told to write „… und was hat sich“ (r559 writer): the
clause after the dash has its own subject, and its „dir“ is „Ihnen“, not the reflexive.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A newsletter that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"newsletter": {"address": "Sie"}, "instagram": {}}
QUESTION = (
    "{Hast du|Haben Sie} schon einmal Erste Hilfe leisten müssen – und was hat dir am meisten "
    "gefehlt?"
)


def test_a_dir_after_a_dash_is_written_as_ihnen() -> None:
    goal = {"id": "a", "text": "Erste Hilfe", "question": QUESTION}
    with pytest.raises(StrategyError) as refused:
        make(goals=[goal], channels=BOTH)
    said = str(refused.value)
    assert "{dir|Ihnen}" in said, said
    assert "was hat sich" not in said, said
    fixed = QUESTION.replace("hat dir", "hat {dir|Ihnen}")
    goal = {**goal, "question": fixed}
    assert make(goals=[goal], channels=BOTH).goals[0].question == fixed
