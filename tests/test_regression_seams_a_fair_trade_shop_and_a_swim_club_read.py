"""Seams a fair-trade shop's (r246) and a sea-swimming club's (r247) reviewers read.

- "the “Porth Eirin Sea Swimmers members' group” group": a group whose name says "group".
- „ein Blick in Gruppe „Lehrkräfte im Landkreis““: a place written without its article.
- „Beim letzten Mal ging es um der Kinderflohmarkt“: the team's note in the nominative.
- „‚Faire Woche‘ ist ab morgen bis 15. Mai“ on its first evening: it had begun that day.
- „Erzähl … von einem Fehler zu Schulworkshops“: the team's own workshop as a mistake people
  make.
- „Für welche Klassenstufen eignet sich der Workshop?“ put to readers: a question for the team.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment
from dialogplan.question_shapes import asks_the_team
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

DE = environment().get_template("de/_macros.j2").module
EN = environment().get_template("en/_macros.j2").module


def test_a_group_that_says_group_is_not_named_twice() -> None:
    said = str(EN.in_group({"kind": "groups"}, "Facebook groups", "Sea Swimmers members' group"))
    assert "group” group" not in said
    assert "“Sea Swimmers members' group”" in said


def test_a_place_without_its_article_gets_one() -> None:
    assert "Blick in die Gruppe „Lehrkräfte im Landkreis“" in "".join(
        str(DE.wo_sind(["Gruppe „Lehrkräfte im Landkreis“"], turn, "ort")) for turn in range(3)
    )


def test_the_last_talk_is_in_the_accusative() -> None:
    assert (
        str(DE.akk("der Kinderflohmarkt im Gemeindehaus")) == "den Kinderflohmarkt im Gemeindehaus"
    )
    assert str(DE.akk("die Kisten für Samstag")) == "die Kisten für Samstag"


def test_an_event_begun_today_opens_again_tomorrow() -> None:
    week = {"title": "Faire Woche", "day": "Sa., 08.05.", "last": "Sa., 15.05.", "days_until": 0,
            "days_left": 7, "opens_in": 1, "running": False, "over": False, "days": 8}  # fmt: skip
    assert str(DE.tage(week)) == "wieder ab morgen bis 15. Mai"


def test_the_teams_own_workshop_is_no_mistake_people_make() -> None:
    topic = {"title": "Schulworkshops", "kind": "own"}
    strategy = make(topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "story", "start": f"2027-03-{day:02d} 18:00",
             "topic": "Schulworkshops", "seq": day} for day in range(1, 13)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "von einem Fehler" in p]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Für welche Klassenstufen eignet sich der Workshop?", "de"),
        ("Which year groups is the workshop suitable for?", "en"),
    ],
)
def test_what_something_suits_is_asked_of_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)
