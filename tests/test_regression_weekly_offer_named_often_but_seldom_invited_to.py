"""A midwives' weekly parents' café was "named or linked in 23 prompts", and validate still
warned that no post announced it, where the README says a weekly offer named once a
fortnight gets a note (r446 writer): most of the 23 were posts on its topic, and 3 pointed
people to it.

The warning says how many of them point people to it, and how many would make it a note.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from dialogplan.findings import Finding
from dialogplan.neglect import _unannounced_offers
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CAFE = {"title": "Elterncafé", "from": date(2027, 3, 1), "until": date(2027, 5, 30),
        "every": "wed", "time": "10:00-11:30"}  # fmt: skip


def named_often_invited_thrice() -> Finding:
    """The café's warning where twelve comments name it and three of them invite to it."""
    strategy = make(offers=[CAFE], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-03-{day:02d} 09:00"}
            for day in range(2, 14)]  # fmt: skip
    rendered = [
        dataclasses.replace(e, prompt=f"{e.prompt} Im Elterncafé.", invites=CAFE["title"] if
                            i < 3 else None)
        for i, e in enumerate(render(strategy, entries(strategy, rows)))
    ]  # fmt: skip
    (found,) = [f for f in _unannounced_offers(strategy, rendered) if f.code == "unannounced"]
    return found


def test_the_warning_says_how_few_of_the_prompts_naming_it_invite_to_it() -> None:
    found = named_often_invited_thrice()
    assert "12 prompts mention it in passing" in found.message
    assert "only 3 of them point people to it (invite them to come;" in found.message
    assert "name it); with 7 that do, one a fortnight, this would" in found.message


def test_one_that_points_people_to_it_is_said_in_the_singular() -> None:
    strategy = make(offers=[CAFE], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-03-{day:02d} 09:00"}
            for day in range(2, 6)]  # fmt: skip
    rendered = [
        dataclasses.replace(e, prompt=f"{e.prompt} Im Elterncafé.", invites=CAFE["title"] if
                            i == 0 else None)
        for i, e in enumerate(render(strategy, entries(strategy, rows)))
    ]  # fmt: skip
    (found,) = [f for f in _unannounced_offers(strategy, rendered) if f.code == "unannounced"]
    assert "1 of them points people to it (invites them to come;" in found.message
