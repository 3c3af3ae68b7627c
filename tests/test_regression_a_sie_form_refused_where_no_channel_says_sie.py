"""A union branch whose every channel says „du“ had „Welche Zulage vermisst {du|Sie} am
meisten?“ refused as reading „vermisst Sie“ where the team says „Sie“ (r487): no channel of
its would ever print that form. A form is now checked only where a channel says it.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

QUESTIONS = [
    "Welche Zulage vermisst {du|Sie} am meisten?",
    "Wann {hast du|haben Sie} dich zuletzt allein gefühlt?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_form_is_refused_only_where_a_channel_says_it(question: str) -> None:
    topic = {"title": "Tarif", "kind": "theme", "questions": [question]}
    assert make(topics=[topic]).topics[0].questions == (question,)
    channels = {"linkedin": {"share": 0.6, "address": "Sie"}, "instagram": {}}
    with pytest.raises(StrategyError, match=r"where the team says „Sie“|say „Sie“ too"):
        make(topics=[topic], channels=channels)


def test_a_strategy_that_says_sie_still_has_the_du_side_checked_on_a_du_channel() -> None:
    topic = {"title": "Tarif", "kind": "theme", "questions": ["Würden {du|Sie} kommen?"]}
    with pytest.raises(StrategyError, match="„Würden du“ where the team says „du“"):
        make(
            topics=[topic], address="Sie", channels={"linkedin": {}, "instagram": {"address": "du"}}
        )
    assert make(topics=[topic], address="Sie").topics[0].questions == ("Würden {du|Sie} kommen?",)
