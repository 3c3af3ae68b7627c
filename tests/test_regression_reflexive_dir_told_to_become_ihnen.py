"""A breeders' club wrote „{Willst du|Wollen Sie} dir mal unsere Anlage anschauen?“, and
validate told it to write {dir|Ihnen}, which reads „Wollen Sie Ihnen … anschauen“ (r340).

Where „dir“ or „dich“ stands outside the braces, the message also gives the reflexive form.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A page that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"linkedin": {"share": 0.6, "address": "Sie"}, "instagram": {}}


def test_the_hint_names_sich_for_a_word_that_points_back() -> None:
    goal = {"id": "a", "text": "Neue Mitglieder",
            "question": "{Willst du|Wollen Sie} dir mal unsere Anlage anschauen?"}  # fmt: skip
    with pytest.raises(StrategyError, match=r"\{Willst du dir\|Wollen Sie sich\}"):
        make(goals=[goal], channels=BOTH)
