"""„ein Foto, der mit einer Frage endet“: a relative pronoun fixed to one gender.

The German question post named its medium (ein Foto, ein Video, einen Pin, einen Beitrag)
and went on with „der“ whatever the medium's gender; now no relative clause follows it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogplan.pipeline import Outputs
from tests.support import PLANS, build, load_plan

#: A neuter medium followed by a masculine relative pronoun, or the other way round.
WRONG = re.compile(r"\b(?:Foto|Video), der\b|\b(?:Pin|Beitrag|Artikel), das\b")


@pytest.mark.parametrize("path", PLANS, ids=[p.parent.name for p in PLANS])
def test_no_medium_takes_the_wrong_relative_pronoun(path: Path) -> None:
    outputs: Outputs = build(load_plan(path))
    found = [e.prompt for e in outputs.entries if WRONG.search(e.prompt)]
    assert found == []
