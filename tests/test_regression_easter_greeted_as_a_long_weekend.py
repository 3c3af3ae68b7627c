"""A motorcycle club's note before Good Friday wished its followers a "long weekend" and never
said Easter (r386). A break of public holidays around Easter, Whitsun or Christmas names the
feast, in German and English.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.closed_days import feast
from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(
    ("first", "last", "name"),
    [
        (date(2027, 3, 26), date(2027, 3, 29), "easter"),
        (date(2027, 5, 17), date(2027, 5, 17), "whitsun"),
        (date(2027, 12, 25), date(2027, 12, 26), "christmas"),
        (date(2027, 10, 3), date(2027, 10, 3), ""),
    ],
)
def test_the_feast_of_a_break(first: date, last: date, name: str) -> None:
    assert feast(first, last) == name


@pytest.mark.parametrize(("language", "said"), [("de", "Oster"), ("en", "Easter")])
def test_the_note_before_easter_names_it(language: str, said: str) -> None:
    region = {"de": "DE-RP", "en": "GB-ENG"}[language]
    strategy = make(language=language, region=region, months=2)
    notes = [e.prompt for e in build(strategy).entries if e.move == "away"]
    before_easter = [p for p in notes if "30 March" in p or "30. März" in p]
    assert before_easter
    assert all(said in p for p in before_easter), before_easter
