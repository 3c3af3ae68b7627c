"""An organ builder's lines for strangers' posts and thanks claimed things it could not know:
„wir machen das bisher anders“ under a roofer's post, and „wir haben das gleich
ausprobiert, und es klappt. Wie machen Sie es inzwischen?“ (r447).

Example lines leave what the team does to the gap it fills in, and ask what comes next.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

CLAIMS = (
    "bisher anders",
    "und es klappt",
    "Wie machen Sie es inzwischen",
    "machst du es inzwischen",
)


def test_no_line_for_a_stranger_or_a_thank_you_claims_how_the_team_works() -> None:
    strategy = make(start=date(2027, 1, 11), months=12, voice="wir", channels={
        "instagram": {"hours_per_week": 2}, "linkedin": {"hours_per_week": 2}})  # fmt: skip
    prompts = [e.prompt for e in build(strategy).entries if e.move in ("connect", "thank")]
    assert len(prompts) > 20
    assert not [p for p in prompts if any(claim in p for claim in CLAIMS)]
