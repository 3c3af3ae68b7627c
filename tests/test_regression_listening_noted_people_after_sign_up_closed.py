"""A midwives' practice listened on Instagram three days before its information evening and
was told to note people worth a personal invitation, though sign-up closed the next day
(r446).

On the last day to sign up and the day before, listening asks to invite people today.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

DETAILS = {"de": "Kostenlos, Anmeldung bis 16. Februar", "en": "Free, sign up by 16 February"}


def _listening(language: str, day: str) -> str:
    evening = {"title": "Infoabend", "date": date(2027, 2, 18), "time": "19:00-20:30",
               "details": DETAILS[language], "topics": ["Kliniktasche"]}  # fmt: skip
    strategy = make(language=language, start=date(2027, 1, 11), events=[evening],
                    topics=[{"title": "Kliniktasche", "kind": "theme"}])  # fmt: skip
    rows = [{"channel": "instagram", "move": "listen", "topic": "Kliniktasche",
             "start": f"{day} 12:00"}]  # fmt: skip
    return render(strategy, entries(strategy, rows))[0].prompt


@pytest.mark.parametrize(
    ("language", "words"), [("de", "heute schreibst"), ("en", "the one thing to write today")]
)
def test_the_day_before_sign_up_closes_listening_invites_today(language: str, words: str) -> None:
    prompt = _listening(language, "2027-02-15")
    assert ("morgen" if language == "de" else "tomorrow") in prompt
    assert words in prompt


def test_a_week_ahead_it_still_notes_people_for_later() -> None:
    assert "heute schreibst" not in _listening("de", "2027-02-12")
