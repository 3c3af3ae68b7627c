"""Regression: „Am 10. Februar ist der Fachabend: Wen willst du bis dahin persönlich
einladen?“ (r626).

An orthopaedic shoemaker's monthly review on 31 January asked whom to invite before its
evening for physiotherapists; sign-up for it closed on 5 February. Where people sign up by a
day still to come, the review names that day as the one to invite by.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

DETAILS = {"de": "Kostenlos, Anmeldung bis 14. April", "en": "Free; book by 14 April"}
CLOSES = {"de": "14. April", "en": "14 April"}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("turn", range(4))
def test_the_review_names_the_last_day_to_sign_up(language: str, turn: int) -> None:
    event = {"title": "Fachabend Fuß und Physio", "short": "Fachabend", "date": date(2027, 4, 20),
             "time": "19:00-21:00", "details": DETAILS[language]}  # fmt: skip
    strategy = make(language=language, channels={"facebook": {}}, events=[event])
    rows = [{"channel": "facebook", "move": "review", "start": f"2027-04-0{2 + turn} 16:00"}]
    (review,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert CLOSES[language] in review, review
