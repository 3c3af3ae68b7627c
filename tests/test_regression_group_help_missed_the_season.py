"""A wildlife rescue's group help in the middle of baby-bird season said only "find two open
questions you know something about" (r241): the season's questions were the ones to answer.

Help in a group on no topic now names the stretch of the team's year it falls in, and a
deadline's question asks what people want to know before it, not how far they are with the
team's own registration (a forest kindergarten's back note, r240).
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.prompt_templates import environment
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MACROS = environment().get_template("de/_macros.j2").module
SEASON = {"en": {"title": "Baby-bird season", "short": "baby-bird season"},
          "de": {"title": "Jungvogelzeit", "short": "Jungvogelzeit"}}  # fmt: skip
SAID = {"en": "It's baby-bird season: questions about it come up a lot now, so start there.",
        "de": "Mitten in der Jungvogelzeit sind Fragen dazu besonders häufig"}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_group_help_starts_from_the_season(language: str) -> None:
    moment = SEASON[language] | {"from": date(2027, 4, 15), "to": date(2027, 5, 31)}
    strategy = make(language=language, moments=[moment], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Village Noticeboard"]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-help", "group": "Village Noticeboard",
             "start": "2027-05-22 19:00", "seq": seq, "topic": ""} for seq in range(3)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert SAID[language] in entry.prompt


@pytest.mark.parametrize("turn", [0, 1, 2])
def test_a_deadline_asks_what_people_want_to_know(turn: int) -> None:
    moment = {"title": "Anmeldezeit", "noun": "", "until": "Fr., 30.04."}
    line = str(MACROS.mo_zeile(moment, turn))
    assert "Anmeldezeit" in line
    assert "wie weit" not in line
