"""Lines blind reviewers of an outdoor centre (r286) and a squash club (r288) struck in English:
a comment that answers a caption with nothing ("We'd have answered … too – what made you
ask?"), a group question "about one everyday choice they all make", and a theme dropped into
"The last time … came up for you – how did it go?". Every turn of these moves is read.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

STRUCK = ("have answered … too", "one everyday choice they all make", "came up for you –")
THEME = {"title": "Keeping children active after school", "kind": "theme", "talk": "problem",
         "short": "after-school activities for children"}  # fmt: skip


def test_no_turn_says_the_struck_lines() -> None:
    strategy = make(language="en", topics=[THEME], channels={"instagram": {}, "facebook-group": {}},
                    groups={"facebook-group": ["Hensley Parents"]})  # fmt: skip
    rows = [
        *({"channel": "instagram", "move": "connect", "start": f"2027-03-{1 + n:02d} 10:00",
           "topic": "", "seq": n} for n in range(12)),
        *({"channel": "facebook-group", "move": "group-ask", "group": "Hensley Parents",
           "start": f"2027-04-{1 + n:02d} 10:00", "topic": topic, "seq": n}
          for n in range(12) for topic in ("", THEME["title"])),
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts for line in STRUCK if line in p]
