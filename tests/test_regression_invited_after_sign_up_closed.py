"""A youth centre's reply round said „Komm gern vorbei: Der Graffiti-Workshop ist ab morgen“,
five days after sign-up for its Easter programme had closed (r320).

An event people sign up for by an offer that ends first is named as something to come to
only until that offer's last day.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPIC = "Ferienprogramm"
WORKSHOP = {"title": "Graffiti-Workshop in den Osterferien", "date": date(2027, 3, 23),
            "until": date(2027, 3, 25), "time": "10:00-15:00", "topics": [TOPIC]}  # fmt: skip
SIGN_UP = {"title": "Anmeldung Osterferienprogramm", "from": date(2027, 3, 1),
           "until": date(2027, 3, 17), "topics": [TOPIC]}  # fmt: skip


def _soon(day: str) -> object:
    strategy = make(events=[WORKSHOP], offers=[SIGN_UP], channels={"instagram": {}},
                    topics=[{"title": TOPIC, "kind": "own"}])  # fmt: skip
    row = {"channel": "instagram", "move": "reply", "start": f"{day} 18:00", "topic": TOPIC}
    return contexts(strategy, [row])(0)["event_soon"]


def test_before_sign_up_closes_the_workshop_is_named() -> None:
    assert _soon("2027-03-16") is not None


def test_after_sign_up_closed_nobody_is_invited_to_come() -> None:
    assert _soon("2027-03-22") is None
