"""Expert help on a town's noticeboard: "One more angle from our practice".

A sauna co-op's writer (r394) read help for a town's noticeboard written as expert advice in
a trade forum. A noticeboard's members ask for people, shops and ways round here: its help
prompts give a local tip, welcome a newcomer, or answer a question about the team's own
field in a line.
"""

from __future__ import annotations

import pytest

from tests.test_render import entries, render
from tests.test_threads import make

GROUP = {"de": "Hollerbach sucht und findet", "en": "St Leonards Community Noticeboard"}
LOCAL = {"de": ("Tipp von hier", "willkommen", " Fach,"),
         "en": ("local tip", "newcomer", "your own field")}  # fmt: skip
EXPERT = {"de": ("ausprobiert", "Link"), "en": ("practice", "setup", "tried so far", "source")}


@pytest.mark.parametrize("language", ["de", "en"])
def test_noticeboard_help_is_local(language: str) -> None:
    strategy = make(language=language, channels={"facebook": {}},
                    groups={"facebook": [GROUP[language]]})  # fmt: skip
    row = {"channel": "facebook", "move": "group-help", "topic": "", "group": GROUP[language]}
    rows = [{**row, "start": f"2027-03-{day:02d} 19:00", "seq": day} for day in range(1, 13)]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert all(any(word in p for word in LOCAL[language]) for p in prompts), prompts
    assert not [p for p in prompts if any(w in p for w in EXPERT[language])]
