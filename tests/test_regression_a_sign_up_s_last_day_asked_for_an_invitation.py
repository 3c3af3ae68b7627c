"""A children's bookshop signed classes up for its World Book Day visits with an offer that ran
from January to 26 March; the day itself, 23 April, lay after the plan. `validate` warned that
it "gets no invitation in the four weeks before it" and "needs one" (r571 writer): the four
weeks held one day of sign-up, and the offer had invited for ten weeks. Such an event asks for
no invitations of its own.
"""

from __future__ import annotations

from datetime import date

from dialogplan.announcements import event_windows
from tests.test_threads import make

EVENT = "Welttag des Buches in der Leseinsel"


def test_an_event_an_offer_signs_up_for_needs_no_day_of_invitations() -> None:
    strategy = make(
        start=date(2027, 1, 11),
        months=3,
        topics=[{"title": "Lesebesuche", "kind": "own"}],
        offers=[{"title": "Anmeldung Klassenbesuche zum Welttag des Buches",
                 "from": date(2027, 1, 18), "until": date(2027, 3, 26),
                 "details": "Anmeldung bis 26. März", "topics": ["Lesebesuche"]}],
        events=[{"title": EVENT, "date": date(2027, 4, 23), "topics": ["Lesebesuche"]}],
    )  # fmt: skip
    assert EVENT not in [w.title for w in event_windows(strategy)]
