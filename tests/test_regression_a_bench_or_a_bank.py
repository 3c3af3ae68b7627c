"""Regression: „Welche Bank hier im Ort ist euer Lieblingsplatz?“ (r482, r483, r489).

Three reviewers struck the question about the town's favourite bench: in German a „Bank“ is a
bench or a bank, and read in a group kept for a winery's waiting staff or a hospice's
volunteers it served nobody. A noticeboard is asked what is best about living there instead.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BOARD = "Lindheim sucht und findet"


@pytest.mark.parametrize(("language", "bench"), [("de", "Bank"), ("en", "bench")])
def test_a_quarter_of_noticeboard_questions_asks_about_no_bench(language: str, bench: str) -> None:
    strategy = make(language=language, channels={"facebook-group": {}}, area="Lindheim",
                    groups={"facebook-group": [BOARD]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-ask", "group": BOARD, "topic": "",
             "goal": "sichtbar", "start": f"2027-{1 + n // 4:02}-{1 + 7 * (n % 4):02} 19:00",
             "seq": n} for n in range(14)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if bench in p]
