"""A dental practice back from its holiday asked which idea from the break people wanted to
try first.

The lines after a holiday offered "ideas" to try out, and one asked what had happened "in the
meantime" to followers who had not been away, while the practice's Easter season, which its
patients were in the middle of, went unused. A season or deadline of the people's year now
gives the note after a holiday its question.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

EASTER = {
    "title": "Ostern und die Schokohasen",
    "short": "Osterzeit",
    "from": date(2027, 3, 15),
    "to": date(2027, 4, 10),
}
HOLIDAY = {"from": date(2027, 3, 30), "to": date(2027, 4, 2), "reason": "Praxisurlaub"}


def test_the_note_after_a_holiday_takes_up_the_season() -> None:
    strategy = make(
        region="DE-NI",
        months=3,
        blackout=[HOLIDAY],
        moments=[EASTER],
        channels={"instagram": {}, "facebook": {}},
    )
    back = [e.prompt for e in build(strategy).entries if e.move == "back"]
    assert back
    for prompt in back:
        assert "Osterzeit" in prompt and "ausprobieren" not in prompt, prompt
        assert "Zwischenzeit" not in prompt, prompt
