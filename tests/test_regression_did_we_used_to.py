"""A stationery shop's question to its town's noticeboard read "What did we used to have round
here that you still miss?" (r321): after "did", English says "use to".

No built-in question or template says "did … used to".
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
WRONG = re.compile(r"\bdid(?:n't)?\s+\{?\w+\}?\s+used\s+to\b", re.IGNORECASE)


def test_no_built_in_text_says_did_used_to() -> None:
    files = [*(ROOT / "dialogplan" / "data").glob("*.yaml"), *(ROOT / "templates").rglob("*.j2")]
    assert len(files) > 20
    found = [f.name for f in files if WRONG.search(f.read_text("utf-8"))]
    assert not found
