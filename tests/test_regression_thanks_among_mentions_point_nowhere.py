"""A recording studio's round-up of answers about its Saturday sessions named no session.

Its question was about the weekly Saturday sessions its goal invites to, and the thank-you
that gathered the answers, among the posts that mention the team, said nothing of the next
one: a pointer to an offer was kept out of all work outside the team's own space, though
posts that mention the team are where such a pointer is welcome (as an event's already was).
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

SATURDAYS = {"title": "Young Producers Saturdays", "every": "sat", "time": "11:00-13:00",
             "place": "at the studio", "topics": ["Young Producers Saturdays"]}  # fmt: skip
GOAL = {"id": "signups", "text": "Ten new regulars on Saturdays", "invite": SATURDAYS["title"]}
TOPIC = {"title": "Young Producers Saturdays", "questions": ["What would you learn first?"]}


def test_a_thank_you_among_mentions_points_to_the_weekly_offer() -> None:
    strategy = make(language="en", timezone="Europe/London", goals=[GOAL], topics=[TOPIC],
                    offers=[SATURDAYS], channels={"instagram": {}})  # fmt: skip
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-03-17 18:00",
             "topic": TOPIC["title"]},
            {"channel": "instagram", "move": "thank", "start": "2027-03-23 18:00",
             "topic": TOPIC["title"], "place": "mentions", "continues": 0}]  # fmt: skip
    entry = render(strategy, entries(strategy, rows))[1]
    assert entry.place == "mentions"
    assert "Young Producers Saturdays” (next: Saturday 27 March" in entry.prompt, entry.prompt
