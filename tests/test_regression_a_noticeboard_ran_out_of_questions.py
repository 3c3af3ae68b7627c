"""Regression: a noticeboard asked weekly ran out of questions by March (r480).

An orchard asked its town's noticeboard group every week; by March every question people of
the place could answer rested there, the post fell back to a line of its own, and the reply
round the evening after could not say what had been asked. A quarter of weekly questions to
a noticeboard each asks one of its own.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BOARD = "Kestleford Community Noticeboard"


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_quarter_of_weekly_questions_each_has_its_own(language: str) -> None:
    strategy = make(language=language, channels={"facebook-group": {}}, area="Kestleford",
                    groups={"facebook-group": [BOARD]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-ask", "group": BOARD, "topic": "",
             "goal": "sichtbar", "start": f"2027-{1 + n // 4:02}-{1 + 7 * (n % 4):02} 19:00",
             "seq": n} for n in range(12)]  # fmt: skip
    quoted = [e.prompt.rsplit("“" if language == "en" else "„", 1)[-1]
              for e in render(strategy, entries(strategy, rows))]  # fmt: skip
    assert len(set(quoted)) == len(rows), quoted
