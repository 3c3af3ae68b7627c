"""An observatory club's note before its break said „was nach der Pause als Erstes kommt: Am 13.
März ist der Astronomietag“ beside „das nächste Mal am 5. März“ for its weekly observing
evening (r567): the evening meets again first. The event is now said as what is coming up.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make


def test_an_event_after_the_weekly_offer_s_next_time_is_not_first() -> None:
    strategy = make(
        start=date(2027, 1, 11),
        months=3,
        region="DE-HE",
        channels={"facebook": {}, "instagram": {}},
        offers=[{"title": "Beobachtungsabend", "every": "fri", "time": "20:00-22:00"}],
        events=[{"title": "Astronomietag", "date": date(2027, 3, 13)}],
        blackout=[{"from": date(2027, 2, 22), "to": date(2027, 2, 26), "reason": "Vereinsumbau"}],
    )
    notes = [e.prompt for e in build(strategy).entries if e.move == "away"]
    said = [p for p in notes if "Astronomietag" in p]
    assert said, notes
    for prompt in said:
        assert "als Erstes kommt" not in prompt, prompt
