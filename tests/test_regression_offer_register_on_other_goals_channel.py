"""`other-register` flagged an offer's „Sie“ question on channels that never ask it.

A coffee roaster's trial pack for offices asked „Welcher Kaffee läuft bei Ihnen im Büro am
besten?“; its topic serves the offices goal, which only LinkedIn (saying „Sie“) works for.
The check warned that Instagram and the Facebook page, which say „du“, never ask it: an
offer's question was counted for every goal. It now counts for the goals inviting to the
offer and those of its topics, where it is announced and asked.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

GOALS = [{"id": "buero", "text": "Büros gewinnen"}, {"id": "laden", "text": "Stammkundschaft"}]
TOPICS = [{"title": "Kaffee im Büro", "kind": "theme", "goals": ["buero"]},
          {"title": "Röstprofile", "kind": "theme", "goals": ["laden"]}]  # fmt: skip
OFFERS = [{"title": "Büro-Probierpaket", "from": date(2027, 3, 1), "until": date(2027, 6, 30),
           "question": "Welcher Kaffee läuft bei Ihnen im Büro am besten?",
           "topics": ["Kaffee im Büro"]}]  # fmt: skip
CHANNELS = {"linkedin": {"goals": ["buero"], "address": "Sie"},
            "instagram": {"goals": ["laden"], "address": "du"}}  # fmt: skip


def test_an_offers_question_is_checked_only_where_it_can_be_asked() -> None:
    strategy = make(goals=GOALS, topics=TOPICS, offers=OFFERS, channels=CHANNELS)
    found = [f for f in check_plan(strategy, schedule_work(strategy)) if f.code == "other-register"]
    assert not [f for f in found if "Büro-Probierpaket" in f.message or "offers[0]" in f.message]
