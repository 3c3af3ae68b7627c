"""A bell-ringing band's February review, at six in the evening on the day of its open tower
afternoon (two to five), said to note two people who should hear about it (r468).

The review counted an event that had ended an hour before as one still ahead: nobody could
be told about it any more. One that ended earlier on the review's day is looked back on.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

AFTERNOON = {"title": "Open Tower Afternoon", "short": "the open tower afternoon",
             "date": date(2027, 2, 27), "time": "14:00-17:00"}  # fmt: skip
AHEAD = {"en": ("should hear about it", "you'll invite personally", "could you still tell"),
         "de": ("bis dahin", "die du dazu einlädst", "sagst du noch bescheid")}  # fmt: skip
BACK = {"en": ("how did", "after the open tower afternoon"),
        "de": ("wie lief es", "wer war da", "was hat das gebracht")}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("hour", [18, 19, 20])
def test_a_review_after_the_event_looks_back_on_it(language: str, hour: int) -> None:
    event = {**AFTERNOON, "short": "Turmnachmittag"} if language == "de" else AFTERNOON
    strategy = make(language=language, events=[event], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "review", "start": f"2027-02-27 {hour}:00"}]
    (prompt,) = (e.prompt.lower() for e in render(strategy, entries(strategy, rows)))
    assert not any(words in prompt for words in AHEAD[language]), prompt
    assert any(words in prompt for words in BACK[language]), prompt


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_review_before_the_event_ends_still_looks_ahead(language: str) -> None:
    event = {**AFTERNOON, "short": "Turmnachmittag"} if language == "de" else AFTERNOON
    strategy = make(language=language, events=[event], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "review", "start": "2027-02-27 09:00"}]
    (prompt,) = (e.prompt.lower() for e in render(strategy, entries(strategy, rows)))
    assert not any(words in prompt for words in BACK[language]), prompt
