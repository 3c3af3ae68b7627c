"""A monthly review listed "19 March in Facebook groups," with no group and no topic.

An energy-advice charity's reviewer could not tell which question that was. A question asked
in a group is now listed by its group.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize(("language", "said"), [("en", "in the “Easton Noticeboard” group"),
                                                ("de", "„Easton Noticeboard“")])  # fmt: skip
def test_the_review_names_the_group_a_question_went_to(language: str, said: str) -> None:
    strategy = make(language=language, channels={"facebook-group": {}, "linkedin": {}},
                    groups={"facebook-group": ["Easton Noticeboard"]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-03-09 19:00",
         "group": "Easton Noticeboard"},
        {"channel": "linkedin", "move": "ask", "start": "2027-03-11 09:00"},
        {"channel": "linkedin", "move": "review", "start": "2027-03-30 18:00"},
    ]  # fmt: skip
    review = render(strategy, entries(strategy, rows))[2].prompt
    assert said in review, review
