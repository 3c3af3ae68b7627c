"""An event's „du“ question was flagged for a channel that never invites to it.

A tutoring institute's information evening for student tutors asks „Was wolltest du schon
immer mal erklären?“; its newsletter says „Sie“ and serves only the parents' goal. The check
warned that the question is never asked there, which is right and no problem: the evening is
not for the newsletter's readers. An event's question now counts for the goals it is for.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

GOALS = [{"id": "eltern", "text": "Probestunden"}, {"id": "tutoren", "text": "Neue Tutoren"}]
TOPICS = ["Lernen in der Oberstufe", {"title": "Nachhilfe geben", "goals": ["tutoren"]}]
QUESTION = "Was wolltest du schon immer mal erklären?"
EVENTS = [{"title": "Infoabend", "date": date(2027, 4, 20), "question": QUESTION,
           "topics": ["Nachhilfe geben"]}]  # fmt: skip
CHANNELS = {"instagram": {"goals": ["eltern", "tutoren"]},
            "newsletter": {"goals": ["eltern"], "address": "Sie"}}  # fmt: skip


def test_an_event_question_counts_only_where_the_event_is_invited_to() -> None:
    strategy = make(goals=GOALS, topics=TOPICS, events=EVENTS, channels=CHANNELS)
    found = check_plan(strategy, schedule_work(strategy))
    assert [f.message for f in found if f.code == "other-register" and QUESTION in f.message] == []
