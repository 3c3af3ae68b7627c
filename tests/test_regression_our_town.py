"""A play called "Our Town" became "your Town" in a theatre's prompts."""

from __future__ import annotations

import pytest

from dialogplan.strategy import parse_strategy
from dialogplan.voice import yours
from tests.support import build

STRATEGY = """
client: lantern-players
name: The Lantern Players
language: en
timezone: America/Denver
start: 2027-03-01
months: 1
hours_per_week: 3
voice: we
audience: people in Boulder County who love live theater
goals:
  - {id: audience, text: Sell out the spring production, invite: "Our Town"}
topics:
  - {title: Behind the scenes of Our Town, short: the Our Town rehearsals}
  - {title: Our costume workshop, short: our costume workshop}
channels:
  instagram: {}
  facebook: {}
events:
  - {title: "Our Town", short: Our Town, date: 2027-03-26, topics: [Behind the scenes of Our Town]}
"""


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("our workshops", "your workshops"),
        ("Our plugin API", "your plugin API"),
        ("my checklist", "your checklist"),
        ("the Our Town rehearsals", "the Our Town rehearsals"),
        ("Our Town", "Our Town"),
    ],
)
def test_the_team_s_phrase_is_said_to_the_team_titles_kept(phrase: str, said: str) -> None:
    assert yours(phrase) == said


def test_a_title_keeps_its_words_in_every_prompt() -> None:
    prompts = [entry.prompt for entry in build(parse_strategy(STRATEGY, "theatre.yaml")).entries]
    assert any("Our Town" in prompt for prompt in prompts)
    assert not [prompt for prompt in prompts if "your Town" in prompt]
    assert any("your costume workshop" in prompt for prompt in prompts)
