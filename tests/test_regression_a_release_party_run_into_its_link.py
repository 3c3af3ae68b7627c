"""Regression: "Start with the 3.0 release party today: https://tallyrule.example.org/3.0: invite
people to it in a line" (r664).

A note before Easter, on the day of a library's online release party, ran the link into the
step and never said when the party began. It gives the time, and the link in brackets.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

PARTY = {"title": "Tallyrule 3.0 release party", "short": "the 3.0 release party",
         "date": date(2027, 3, 25), "time": "18:00-19:30", "place": "online, on our Discord",
         "url": "https://tallyrule.example.org/3.0"}  # fmt: skip


def test_the_note_gives_the_party_s_time_and_its_link_apart() -> None:
    strategy = make(language="en", start=date(2027, 3, 1), months=2, events=[PARTY],
                    region="GB-ENG", channels={"linkedin": {}, "mastodon": {}})  # fmt: skip
    notes = [e.prompt for e in build(strategy).entries
             if e.move == "away" and "release party today" in e.prompt]  # fmt: skip
    assert notes
    for prompt in notes:
        assert "3.0:" not in prompt and "from 6 to 7:30 pm" in prompt, prompt
