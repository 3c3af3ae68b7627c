"""A post about the dental suite invited people to the puppy classes.

A vet practice's puppy-class series, whose topics were the puppy classes and pet insurance,
was in the week ahead; an own post about the new dental suite opened with "Invite people to
the puppy class series … in a short post about your new dental suite". Within the week, an
event now comes up only in work on a topic it fits: one it lists, or any when it lists none.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

EVENT = {
    "title": "Welpenkurs am Donnerstag",
    "date": date(2027, 4, 15),
    "topics": ["Unsere Welpenkurse"],
}


def test_an_event_stays_out_of_posts_on_topics_it_does_not_list() -> None:
    strategy = make(topics=["Unsere Welpenkurse", "Unsere neue Zahnpraxis"], events=[EVENT])
    rows = [
        {"channel": "linkedin", "move": "ask", "start": "2027-04-12 08:00", "topic": topic}
        for topic in ("Unsere neue Zahnpraxis", "Unsere Welpenkurse")
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["event_soon"] is None
    assert facts(1)["event_soon"].title == "Welpenkurs am Donnerstag"


def test_an_event_without_topics_fits_every_post_of_its_week() -> None:
    strategy = make(topics=["Unsere neue Zahnpraxis"], events=[{**EVENT, "topics": []}])
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-04-12 08:00"}]
    assert contexts(strategy, rows)(0)["event_soon"].title == "Welpenkurs am Donnerstag"
