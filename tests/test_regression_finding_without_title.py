"""Two kinds of findings showed their code where the report gives every other one a title.

A choir's report headed one card „unannounced“ among cards such as „Losing touch“ and
„Gap“; „other-register“ read the same. Every code the README's table of findings lists now
has a title in the report.
"""

from __future__ import annotations

import re

from dialogplan.report import _CODE_TITLES
from tests.support import ROOT

ROW = re.compile(r"^\| `([a-z-]+)` \| (?:error|warning|info)", re.MULTILINE)


def test_every_documented_finding_has_a_title() -> None:
    codes = set(ROW.findall((ROOT / "README.md").read_text("utf-8")))
    assert len(codes) > 15
    assert codes <= set(_CODE_TITLES), codes - set(_CODE_TITLES)
