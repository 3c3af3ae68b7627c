"""A second-hand shop's only announcement of its stall sign-up never said when or where the
children's flea market was (r227).

An offer that leads to an event (they share a topic, and the offer's title names it) is
announced with that event's day, time and place.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MARKET = {"title": "Kinderflohmarkt im Hof", "date": date(2027, 4, 24), "time": "10:00-14:00",
          "place": "Hof hinter dem Laden", "topics": ["Kinderflohmarkt"]}  # fmt: skip
SIGN_UP = {"title": "Standanmeldung Kinderflohmarkt", "from": date(2027, 3, 22),
           "until": date(2027, 4, 18), "topics": ["Kinderflohmarkt"]}  # fmt: skip
FAIR = {"title": "Hausmesse", "date": date(2027, 4, 24), "topics": ["Kinderflohmarkt"]}


def _announcement(events: list[dict[str, object]]) -> str:
    strategy = make(events=events, offers=[SIGN_UP], channels={"facebook": {}}, voice="wir",
                    topics=[{"title": "Kinderflohmarkt"}])  # fmt: skip
    rows = [
        {
            "channel": "facebook",
            "move": "announce",
            "announce": "Standanmeldung Kinderflohmarkt",
            "start": "2027-03-22 18:00",
        }
    ]
    return render(strategy, entries(strategy, rows))[0].prompt


def test_a_sign_up_says_when_and_where_its_market_is() -> None:
    prompt = _announcement([MARKET])
    assert "24. April" in prompt
    assert "Hof hinter dem Laden" in prompt


def test_an_event_the_offer_does_not_name_is_left_out() -> None:
    assert "24. April" not in _announcement([FAIR])
