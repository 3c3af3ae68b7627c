"""Regression: "… a line of thanks to everyone who came; then add a line about the break. …
Two friendly lines about the break are enough." (r672).

A surf school's note before Easter, after its beach clean, asked for one line about the break
and then for two. The note asks for it once.
"""

from __future__ import annotations

from tests.support import ROOT, build, load_plan

SURF = ROOT / "tests" / "strategies" / "clean-tides-surf.yaml"


def test_the_note_asks_for_a_line_about_the_break_once() -> None:
    notes = [e.prompt for e in build(load_plan(SURF)).entries
             if e.move == "away" and "a line of thanks to everyone who" in e.prompt]  # fmt: skip
    assert notes
    for prompt in notes:
        assert "lines about the break are enough" not in prompt, prompt
