"""A coffee cart's reply rounds under its questions about reusable cups pointed people to its
Saturday market cart by name and day, and never said "bring your own cup and get 30p off", the
one line that made the pointer worth following (r680). Where a conversation points to an offer
or event, its details come with it, quoted for whoever asks, in English and in German; told
on a channel, they rest there four weeks, as any sentence does, so the rounds of a month do
not all repeat them.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from dialogplan.prompt_context import DETAILS_REST_DAYS
from tests.test_render import asked_and_answered, entries, render
from tests.test_threads import make

CART = {
    "en": {"title": "Saturday market cart", "every": "sat", "time": "08:30-14:00",
           "details": "Bring your own cup and get 30p off"},
    "de": {"title": "Kaffeewagen am Markt", "every": "sat", "time": "08:30-14:00",
           "details": "Mit eigenem Becher 30 Cent günstiger"},
}  # fmt: skip
#: Quoted as the team wrote it: run into the sentence, it read as a field pasted in (r682).
TOLD = {
    "en": "“Bring your own cup and get 30p off.”",
    "de": "„Mit eigenem Becher 30 Cent günstiger.“",
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_offer_pointed_to_comes_with_its_details_once_in_four_weeks(language: str) -> None:
    cart = CART[language]
    goal = {"id": "market", "text": "Regulars at the market", "invite": [cart["title"]]}
    strategy = make(language=language, goals=[goal], offers=[cart], channels={"facebook": {}})
    days = [f"2027-{month:02d}-{day:02d}" for month in (4, 5) for day in range(5, 30, 2)]
    rows = asked_and_answered("facebook", days, goal="market")
    rendered = render(strategy, entries(strategy, rows))
    told = [e.start.date() for e in rendered if TOLD[language] in e.prompt]
    assert [e for e in rendered if e.move == "reply" and TOLD[language] in e.prompt], told
    gaps = [(later - earlier).days for earlier, later in pairwise(told)]
    assert all(gap >= DETAILS_REST_DAYS for gap in gaps), gaps
