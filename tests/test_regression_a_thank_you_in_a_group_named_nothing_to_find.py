"""An organ builder's thank-you in an organists' group said „Denk an ein Mitglied, dessen
Antwort dir zuletzt etwas gebracht hat“ (r447): nothing to find, though the plan had the team
comment in that group two days before.

A thank-you in groups or by message with no question of its own to follow goes back to the
threads the team joined in the week before, and thanks whoever answered it there.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.threads import link
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Organisten im Nebenamt Hessen"
TOPIC = {"title": "Lieblingsregister", "kind": "theme"}


def _thanks(language: str, move: str, days_later: int) -> tuple[str, str]:
    groups = {"facebook-group": [GROUP]}
    strategy = make(language=language, start=date(2027, 1, 11), topics=[TOPIC], groups=groups,
                    channels={"facebook-group": {}})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": move, "topic": TOPIC["title"], "group": GROUP,
         "start": "2027-02-01 08:00"},
        {"channel": "facebook-group", "move": "thank", "group": GROUP,
         "start": f"2027-02-{1 + days_later:02d} 19:00"},
    ]  # fmt: skip
    linked = link(strategy, entries(strategy, rows))
    return linked[1].continues, render(strategy, linked)[1].prompt


@pytest.mark.parametrize(
    ("language", "said"), [("de", "kommentiert"), ("en", "threads you joined")]
)
def test_the_thanks_go_back_to_the_threads_the_team_joined(language: str, said: str) -> None:
    continues, prompt = _thanks(language, "comment", 2)
    assert continues == "row0@test"
    assert said in prompt
    assert GROUP in prompt


def test_answers_the_team_gave_in_the_group_count_too() -> None:
    assert "beantwortet" in _thanks("de", "group-help", 2)[1]


def test_threads_a_week_and_more_old_have_gone_cold() -> None:
    assert _thanks("de", "comment", 8)[0] == ""
