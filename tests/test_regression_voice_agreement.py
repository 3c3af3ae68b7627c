"""„Das fragen ich gerade viele“: a verb stayed in the wir form when the team speaks as ich."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import PLANS, build, load_plan

GERMAN = [path for path in PLANS if "language: de" in path.read_text("utf-8")]
#: A plural verb next to „ich“, or a singular one next to „wir“ (present tense, as the
#: example lines use it).
MISMATCH = re.compile(
    r"\b(?:frag|seh|hab|geb|rat|erleb|hör|mach|setz|schick|spar|les|merk|zeig|freu)en ich\b"
    r"|\bich (?:fragen|sehen|haben|geben|raten|erleben|hören|machen|setzen|lesen|merken)\b"
    r"|\b(?:frag|seh|hab|geb|rat|erleb|hör|mach|setz|schick|spar|les|merk|zeig|freu)e wir\b"
    r"|\bwir (?:frage|sehe|habe|gebe|rate|erlebe|höre|mache|setze|lese|merke)\b"
)


@pytest.mark.parametrize("path", GERMAN, ids=[p.parent.name for p in GERMAN])
@pytest.mark.parametrize("voice", ["I", "we"])
def test_example_lines_agree_with_the_team_s_voice(path: Path, voice: str) -> None:
    strategy = load_plan(path).model_copy(update={"voice": voice})
    found = [m.group(0) for e in build(strategy).entries for m in MISMATCH.finditer(e.prompt)]
    assert found == []
