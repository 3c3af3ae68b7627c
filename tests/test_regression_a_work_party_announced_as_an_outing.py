"""A zoo supporters' club invited its volunteers' work day as if they were guests, asking what
they would like to „erleben“ (r346); a canal trust's work party and a hiking club's
Arbeitseinsatz were announced like outings („Was möchtet ihr dort unbedingt ausprobieren?“).

An event whose name makes it a day of work is announced as one: what gets done, and who can
lend a hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TITLES = {"en": "Work party at Hollins Lock", "de": "Arbeitseinsatz an der Hütte"}
HELPING = {"en": ("lend a hand", "a helper", "will get done", "the day will change"),
           "de": ("anpack", "Helferinnen", "geschafft", "der Tag bewirkt")}  # fmt: skip
OUTING = ("ausprobieren", "erleben", "looking forward to it yourself", "like to see there")


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_work_party_asks_who_lends_a_hand(language: str) -> None:
    event = {"title": TITLES[language], "date": date(2027, 4, 24), "time": "09:00-15:00"}
    strategy = make(language=language, events=[event], channels={"facebook": {}})
    on = {"channel": "facebook", "move": "announce", "topic": "", "announce": TITLES[language]}
    rows = [{**on, "start": f"2027-04-{day:02d} 11:00", "seq": day} for day in range(1, 9)]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    for prompt in prompts:
        assert any(word in prompt for word in HELPING[language]), prompt
        assert not [word for word in OUTING if word in prompt], prompt
