"""A law firm's note before Ascension Day never said that its Thursday drop-in was off that
week (r318); people who needed it would have come to a closed door.

The note before a break says which weekly offer it calls off, on which day, and when it
meets again; an offer on a day the team keeps open is not called off.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

DROP_IN = {"title": "Donnerstags-Sprechstunde", "short": "Donnerstags-Sprechstunde",
           "every": ["thu"], "time": "16:30-18:00"}  # fmt: skip
BLACKOUT = [{"start": date(2027, 5, 6), "end": date(2027, 5, 7), "reason": "Brückentag"}]


def _away(offer: dict[str, object], language: str = "de") -> str:
    strategy = make(language=language, offers=[offer], blackout=BLACKOUT,
                    channels={"facebook": {}})  # fmt: skip
    rows = [{"channel": "facebook", "move": "away", "start": "2027-05-05 18:30"}]
    return render(strategy, entries(strategy, rows))[0].prompt


def test_the_note_says_the_drop_in_is_off_and_when_it_meets_again() -> None:
    prompt = _away(DROP_IN)
    assert "die Donnerstags-Sprechstunde am 6. Mai ausfällt" in prompt
    assert "das nächste Mal am 13. Mai von 16:30 bis 18 Uhr" in prompt


def test_an_english_note_says_so_too() -> None:
    run = {"title": "Thursday run", "short": "the Thursday run", "every": ["thu"],
           "time": "18:30-19:30"}  # fmt: skip
    prompt = _away(run, "en")
    assert "Say that the Thursday run is off on Thursday 6 May" in prompt
    assert "next: Thursday 13 May at 6:30 pm" in prompt


def test_an_offer_on_a_day_the_team_keeps_open_is_not_called_off() -> None:
    prompt = _away({**DROP_IN, "every": ["mon"]})
    assert "ausfällt" not in prompt
