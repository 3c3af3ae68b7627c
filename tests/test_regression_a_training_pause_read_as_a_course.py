"""A children's circus closed for „Fasnetsferien, Trainingspause und Urlaub im Vorstand“ told
its followers it was „bei der Fortbildung“ and asked what they would learn there (r450); a
darkroom's "half-term sink and ventilation refit" was read as the team's own half-term work,
not as works (r449).

A pause in the team's own sessions is no course it attends, and half-term alone says
nothing of what the team does.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make


def _note(language: str, reason: str) -> str:
    blackout = [{"from": date(2027, 2, 8), "to": date(2027, 2, 12), "reason": reason}]
    strategy = make(language=language, start=date(2027, 1, 11), months=2, blackout=blackout,
                    channels={"instagram": {"hours_per_week": 1.5}})  # fmt: skip
    (note,) = [e.prompt for e in build(strategy).entries if e.move == "away"]
    return note


def test_a_pause_in_training_is_no_course() -> None:
    note = _note("de", "Fasnetsferien, Trainingspause und Urlaub im Vorstand")
    assert "Fortbildung" not in note
    assert "lernen" not in note


def test_a_refit_over_half_term_is_works() -> None:
    assert "closed for the works" in _note("en", "half-term sink and ventilation refit")
