"""A translator's newsletter, before she left for a translators' conference, told her readers
– engineers – "that you'd be glad to meet people there" (r546). A newsletter's note before a
conference says what she hopes to bring back for them.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MEET = {"en": "meet people there", "de": "Treffen ein"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_newsletters_note_before_a_conference_meets_nobody_there(language: str) -> None:
    blackout = [{"from": date(2027, 3, 8), "to": date(2027, 3, 12),
                 "reason": "attending the Technical Translation Days conference"}]  # fmt: skip
    strategy = make(language=language, blackout=blackout,
                    channels={"newsletter": {}, "linkedin": {}})  # fmt: skip
    rows = [{"channel": channel, "move": "away", "seq": seq, "start": "2027-03-05 09:00"}
            for seq in range(4) for channel in ("newsletter", "linkedin")]  # fmt: skip
    built = render(strategy, entries(strategy, rows))
    letters = [e.prompt for e in built if e.channel == "newsletter"]
    assert letters
    assert not [p for p in letters if MEET[language] in p], letters
    assert [e.prompt for e in built if e.channel == "linkedin" and MEET[language] in e.prompt]
