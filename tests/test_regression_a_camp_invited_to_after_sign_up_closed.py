"""A youth group's sign-up for its confirmation camp ran until 12 February („Anmeldung bis
12. Februar“); the camp was on 12 to 14 March. On 13 February an announcement invited people
to the camp and its reply round said „Schön, wir sehen uns vom 12. bis 14. März“ (r547): the
sign-up was only taken to lead to an event within two weeks of its end. One whose details give
a last day to sign up leads to the event weeks later, and nothing invites to it after that day.
"""

from __future__ import annotations

from datetime import date

from dialogplan.announcements import event_windows
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_threads import make

TOPIC = "Konfi-Freizeit im Haus am Ederhang"
SIGN_UP = {"title": "Anmeldung zur Konfi-Freizeit 2027", "from": date(2027, 1, 11),
           "until": date(2027, 2, 12), "topics": [TOPIC],
           "details": "95 Euro mit Vollpension, Anmeldung bis 12. Februar"}  # fmt: skip
CAMP = {"title": "Konfi-Freizeit 2027 im Haus am Ederhang", "short": "Konfi-Freizeit",
        "date": date(2027, 3, 12), "until": date(2027, 3, 14), "topics": [TOPIC]}  # fmt: skip


def strategy_with(details: str) -> Strategy:
    return make(start=date(2027, 1, 11), months=3, hours_per_week=4,
                topics=[{"title": TOPIC}, "Nachfolge"], offers=[{**SIGN_UP, "details": details}],
                events=[CAMP], channels={"instagram": {}, "facebook": {}})  # fmt: skip


def test_the_camp_is_invited_to_only_until_sign_up_closes() -> None:
    strategy = strategy_with(SIGN_UP["details"])
    # Its four weeks hold one day of sign-up: the sign-up's own announcements invite to it.
    windows = [w for w in event_windows(strategy) if w.title == CAMP["title"]]
    assert all(w.last == date(2027, 2, 12) for w in windows)
    late = [e for e in schedule_work(strategy)
            if e.announce == CAMP["title"] and e.start.date() > date(2027, 2, 12)]  # fmt: skip
    assert not late


def test_an_offer_without_a_last_day_to_sign_up_leads_no_further_than_before() -> None:
    strategy = strategy_with("95 Euro mit Vollpension")
    (window,) = [w for w in event_windows(strategy) if w.title == CAMP["title"]]
    assert window.last == date(2027, 3, 11)
