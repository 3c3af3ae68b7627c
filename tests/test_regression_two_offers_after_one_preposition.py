"""„Kam über ein Gespräch jemand zu dem Schnuppertraining oder der Hobbyliga-Anmeldung?“

A bowling club's monthly review (r396) put one „zu“ before two offers, each with its article
in the dative: German merges it with each, „zum Schnuppertraining oder zur
Hobbyliga-Anmeldung“.
"""

from __future__ import annotations

from datetime import date

from tests.test_render import entries, render
from tests.test_threads import make


def test_each_offer_takes_its_own_preposition() -> None:
    offers = [
        {"title": "Schnuppertraining freitags", "short": "Schnuppertraining", "every": "fri",
         "time": "17:00-18:30"},
        {"title": "Anmeldung zur Hobbyliga", "short": "Hobbyliga-Anmeldung",
         "from": date(2027, 3, 1), "until": date(2027, 5, 31)},
    ]  # fmt: skip
    topic = {"title": "Kegeln", "kind": "theme", "questions": ["Wie oft kegelt ihr?"]}
    strategy = make(offers=offers, topics=[topic], channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "ask", "start": "2027-03-10 18:00", "topic": "Kegeln"},
        {"channel": "facebook", "move": "review", "start": "2027-03-31 18:00", "topic": ""},
    ]
    prompt = [e.prompt for e in render(strategy, entries(strategy, rows))][1]
    assert "zum Schnuppertraining oder zur Hobbyliga-Anmeldung" in prompt
