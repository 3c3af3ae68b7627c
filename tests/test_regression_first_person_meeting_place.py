"""A beekeeper working alone read „an meinem Stand“ in an instruction addressed to himself; a
tax-help office „in unserer Beratungsstelle“ in one addressed to the team (r557)."""

from __future__ import annotations

import pytest

from dialogplan.voice import dein


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("am Samstag an meinem Stand", "am Samstag an deinem Stand"),
        ("bei mir in der Werkstatt", "bei dir in der Werkstatt"),
        ("bei uns im Laden", "bei uns im Laden"),  # the reader is one of „uns“
        # „euren Austausch“, then „in unserer Beratungsstelle“, read as the plan's voice (r557)
        ("in unserer Beratungsstelle", "in eurer Beratungsstelle"),
        ("Unser Stand", "Euer Stand"),
    ],
)
def test_a_one_person_team_s_place_is_said_to_that_person(phrase: str, said: str) -> None:
    assert dein(phrase) == said
