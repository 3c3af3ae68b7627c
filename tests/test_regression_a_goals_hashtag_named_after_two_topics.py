"""A violin workshop's parents are under #geigenkinder and #cellokinder, the goal's own
hashtags; its invitation to rent a first instrument carried #violinmaking and #streicher
instead (r258). #geigenkinder shares „Geige“ with one topic and „Kinder“ with another, and
was taken for a hashtag named after a topic the post was not about.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import context
from tests.test_threads import make

GOALS = [
    {"id": "familien", "text": "Familien mieten bei uns", "where": ["#geigenkinder"],
     "invite": "Mietinstrumente für Einsteiger"},
]  # fmt: skip
TOPICS = ["Die alte Geige vom Dachboden", "Üben mit Kindern ohne Streit", "Das erste Instrument"]
OFFER = {"title": "Mietinstrumente für Einsteiger", "from": date(2027, 3, 1),
         "topics": ["Das erste Instrument"]}  # fmt: skip


def test_the_goals_own_hashtag_stays_on_its_invitation() -> None:
    strategy = make(goals=GOALS, topics=TOPICS, offers=[OFFER],
                    channels={"instagram": {"tags": ["#violinmaking", "#streicher"]}})  # fmt: skip
    row = {"channel": "instagram", "move": "announce", "start": "2027-03-01 12:30",
           "goal": "familien", "announce": OFFER["title"], "topic": ""}  # fmt: skip
    assert "#geigenkinder" in context(strategy, [row])["rules"]["tags"]
