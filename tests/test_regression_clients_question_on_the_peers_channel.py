"""A translator's Bluesky, kept for her peers, asked them the question of an offer to clients.

The offer, a free terminology check for device makers, listed a topic both goals share, so its
question counted as the topic's own in every post on it: "Which section of your IFU causes the
most back-and-forth with your reviewers?", asked of other translators. An offer's or event's
question is now asked only in posts for the goals it is meant for.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

QUESTION = "Which section of your IFU causes the most back-and-forth with your reviewers?"
GOALS = [
    {"id": "clients", "text": "Win device makers", "invite": ["Free IFU terminology check"]},
    {"id": "peers", "text": "Know other translators"},
]
TOPICS = [{"title": "Terminology lists", "kind": "theme", "goals": ["clients", "peers"],
           "questions": ["Do you keep a term list before you start?"]}]  # fmt: skip
OFFERS = [{"title": "Free IFU terminology check", "from": date(2027, 3, 1),
           "until": date(2027, 5, 31), "question": QUESTION,
           "topics": ["Terminology lists"]}]  # fmt: skip


def test_an_offers_question_stays_with_its_goal() -> None:
    strategy = make(language="en", goals=GOALS, topics=TOPICS, offers=OFFERS, months=3,
                    channels={"bluesky": {"goals": ["peers"], "hours_per_week": 1.5},
                              "linkedin": {"goals": ["clients"]}})  # fmt: skip
    asking = {e.channel for e in build(strategy).entries if QUESTION in e.prompt}
    assert asking == {"linkedin"}, asking
