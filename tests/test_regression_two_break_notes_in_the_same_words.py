"""Regression: two notes before Easter, on two channels, said it in the same words (r511).

„Was heute darunter kommt, beantwortet ihr gleich, den Rest nach den Feiertagen“ stood word
for word on a roaster's Instagram and its Facebook page the same day. The line on when the
answers come now has two wordings, and the channels of one day take different ones.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WORDINGS = {"en": ("and the rest on", "later ones on"), "de": ("den Rest", "alles Spätere")}


@pytest.mark.parametrize("language", ["en", "de"])
def test_two_channels_say_it_differently(language: str) -> None:
    region = "GB-ENG" if language == "en" else "DE-BY"
    strategy = make(language=language, region=region, start=date(2027, 3, 1), months=2,
                    channels={"facebook": {}, "instagram": {}})  # fmt: skip
    rows = [{"channel": channel, "move": "away", "start": "2027-03-25 10:00", "seq": 0}
            for channel in ("facebook", "instagram")]  # fmt: skip
    notes = [e.prompt for e in render(strategy, entries(strategy, rows))]
    said = [[w for w in WORDINGS[language] if w in note] for note in notes]
    assert all(said) and said[0] != said[1], notes
