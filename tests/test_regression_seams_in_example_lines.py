"""Three seams reviewers quoted, in every example's prompts.

- "“…'s tip is the one that stuck with us”": a possessive on a blank reads as a form field
  (a mobile farm vet's reviewer).
- „in einer der Gruppen, die du am Do., 21.01. ausgesucht hast“: the calendar's short date
  in a sentence (found by a scan of earlier blind strategies).
- „Greif die Wahl auf, die die Person zeigt“: a stumbling „die die“.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import PLANS, build, load_plan

SEAMS = [
    re.compile(r"…['’]s\b"),
    re.compile(r"\bam (?:Mo|Di|Mi|Do|Fr|Sa|So)\., \d\d\.\d\d\."),
    re.compile(r"\bdie die\b"),
]


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.parent.name)
def test_no_example_prompt_shows_a_known_seam(path: Path) -> None:
    prompts = [e.prompt for e in build(load_plan(path)).entries]
    found = [m.group(0) for p in prompts for seam in SEAMS for m in seam.finditer(p)]
    assert not found, found
