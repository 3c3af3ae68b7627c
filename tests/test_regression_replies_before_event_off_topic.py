"""Reply rounds in the week before an open day never mentioned it when their topic differed.

A climbing park's reply round under its question about safety on the ropes course, five
days before its night climbing, said nothing of it; reviewers of several plans found the
team's own event a few days ahead unused in the very conversations whose people it is for.
Replies, thank-you rounds and listening now name the coming week's event for their goal's
people whatever their topic; an own post still keeps to events that fit its topic.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

EVENT = {"title": "Nachtklettern", "date": date(2027, 7, 17), "topics": ["Unsere Touren"]}


def test_a_reply_round_names_the_event_of_the_coming_week() -> None:
    strategy = make(topics=["Unsere Touren", "Sicherheit im Parcours"], events=[EVENT])
    rows = [
        {"channel": "instagram", "move": "reply", "start": "2027-07-02 18:00",
         "topic": "Sicherheit im Parcours"},
        {"channel": "instagram", "move": "ask", "start": "2027-07-12 08:00",
         "topic": "Sicherheit im Parcours"},
        {"channel": "instagram", "move": "reply", "start": "2027-07-12 18:00",
         "topic": "Sicherheit im Parcours", "follows": 1},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["event_soon"] is None
    assert facts(1)["event_soon"] is None
    assert facts(2)["event_soon"].title == "Nachtklettern"


def test_an_event_for_other_people_stays_out() -> None:
    strategy = make(
        goals=[{"id": "gaeste", "text": "Gäste gewinnen", "invite": EVENT["title"]},
               {"id": "team", "text": "Trainer finden"}],
        topics=["Sicherheit im Parcours", {"title": "Unsere Touren", "goals": ["gaeste"]}],
        events=[EVENT],
    )  # fmt: skip
    rows = [{"channel": "instagram", "move": "reply", "start": "2027-07-12 18:00",
             "topic": "Sicherheit im Parcours", "goal": "team"}]  # fmt: skip
    assert contexts(strategy, rows)(0)["event_soon"] is None
