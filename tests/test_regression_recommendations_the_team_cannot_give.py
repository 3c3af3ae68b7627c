"""A chess club was sent to its town's noticeboard group to answer "someone looking for a
recommendation" (r470), any recommendation: a plumber, a dentist. Reviewers of a darkroom and
a glazier found the same (r449, r454). And the step „Frag zuerst, was genau gesucht ist, und
gib dann einen Tipp“ came with a line that only asked.

The posts to look for are requests the team can answer from its own experience, and the
step says the tip comes in the answer to its question.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BOARD = "Wessenbach sucht und findet"
ASKED = {"en": "asking for a recommendation", "de": "eine Empfehlung sucht"}
OWN = {"en": "from your own experience", "de": "aus eigener Erfahrung"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_recommendation_looked_for_is_one_the_team_can_give(language: str) -> None:
    strategy = make(language=language, channels={"facebook-group": {}},
                    groups={"facebook-group": [BOARD]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": move, "group": BOARD, "seq": n, "topic": "",
             "start": f"2027-03-{1 + n:02} 0{8 + n % 2}:00"}
            for n, move in enumerate(["listen", "comment"] * 6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    asked = [p for p in prompts if ASKED[language] in p]
    assert asked, prompts
    for prompt in asked:
        assert OWN[language] in prompt, prompt
        assert "und gib dann einen Tipp" not in prompt, prompt
