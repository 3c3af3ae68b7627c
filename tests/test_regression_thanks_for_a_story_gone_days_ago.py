"""A Landfrauen branch's Instagram thank-you on Friday asked who had shown Monday's question in
a story and to take up what they wrote (r459): a story is gone after a day, and with it the
tag; there was nothing left to answer.

Two days or more after the question, the thanks go to those who tagged friends under it or
mentioned the team in a post of their own.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Höfe der Region", "kind": "theme",
         "questions": ["Welcher Hof hat dich als Kind beeindruckt?"]}  # fmt: skip


def _thanks(day: str, seq: int) -> str:
    strategy = make(topics=[TOPIC], channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "ask", "topic": TOPIC["title"],
         "start": "2027-03-15 12:00", "seq": seq},
        {"channel": "instagram", "move": "thank", "topic": TOPIC["title"],
         "start": f"{day} 18:00", "follows": 0, "seq": seq},
    ]  # fmt: skip
    return render(strategy, entries(strategy, rows))[1].prompt


@pytest.mark.parametrize("seq", range(3))
def test_four_days_on_no_story_is_answered(seq: int) -> None:
    prompt = _thanks("2027-03-19", seq)
    assert "Story" not in prompt
    assert "markiert" in prompt


def test_the_day_after_a_story_may_still_be_there() -> None:
    assert any("Story" in _thanks("2027-03-16", seq) for seq in range(3))
