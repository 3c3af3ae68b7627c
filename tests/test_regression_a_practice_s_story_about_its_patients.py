"""Regression: a GP practice asked for "a short story about high blood pressure that stayed
with you" (r638).

Its reviewer read a story from the practice's own work with no word on its patients as a
legal risk. Where the team's name says what it learns from its people is theirs, stories
and articles from its own work ask to leave out anything by which someone could be
recognised; a bakery's do not.
"""

from __future__ import annotations

import pytest

from dialogplan.duties import confidential
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

DISCREET = {"en": "could be recognised", "de": "erkennen könnte"}


@pytest.mark.parametrize(
    ("name", "language"),
    [("Hausarztpraxis am Lindenplatz", "de"), ("Arrowbank Farm Accounts", "en"),
     ("Ffordd Physiotherapy", "en")],
)  # fmt: skip
@pytest.mark.parametrize("move", ["story", "article"])
def test_a_story_from_the_team_s_work_recognises_no_one(
    name: str, language: str, move: str
) -> None:
    topic = {"title": "Blood pressure", "kind": "theme"}
    strategy = make(name=name, language=language, topics=[topic], channels={"newsletter": {}})
    rows = [{"channel": "newsletter", "move": move, "topic": "Blood pressure", "seq": seq,
             "start": f"2027-04-{5 + seq:02d} 09:00"} for seq in range(3)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert all(DISCREET[language] in p for p in prompts), prompts


def test_a_bakery_keeps_its_stories_as_they_are() -> None:
    assert not confidential(make(name="Millgate Bakehouse", language="en"))
    assert confidential(make(name="Bevan & Daughter Funeral Directors", language="en"))
