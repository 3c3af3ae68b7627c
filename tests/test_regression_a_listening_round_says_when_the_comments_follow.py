"""Regression: posts saved "for later" said nothing of what they were for.

A brass band's reviewer (r269) read a listening round that saved posts and noted open
questions, with no word of the comments that follow. Where a comment round goes back to the
saved posts within days, the listening round says on which day (``later``); a week on, saved
posts are stale, and a pharmacy's reviewer (r279) read "On Monday you'll comment" six days
ahead as a plan that lets them go cold.
"""

from __future__ import annotations

import pytest

from tests.test_prompt_context import contexts
from tests.test_render import entries, render
from tests.test_threads import make

SAID = {"de": "Am Donnerstag", "en": "On Thursday"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_listening_round_names_the_day_of_its_comments(language: str) -> None:
    strategy = make(language=language)
    rows = [
        {"channel": "linkedin", "move": "listen", "start": "2027-03-01 09:00", "seq": 1},
        {"channel": "linkedin", "move": "comment", "start": "2027-03-04 09:00", "continues": 0},
    ]
    later = contexts(strategy, rows)(0)["later"]
    assert later == {"move": "comment", "weekday": later["weekday"], "day": later["day"]} | {
        "days_later": 3
    }
    listen = render(strategy, entries(strategy, rows))[0].prompt
    assert SAID[language].lower() in listen.lower(), listen


def test_a_round_a_week_later_is_not_named() -> None:
    strategy = make(language="en")
    rows = [
        {"channel": "linkedin", "move": "listen", "start": "2027-03-01 09:00", "seq": 1},
        {"channel": "linkedin", "move": "comment", "start": "2027-03-08 09:00", "continues": 0},
    ]
    listen = render(strategy, entries(strategy, rows))[0].prompt
    assert "on monday" not in listen.lower(), listen
