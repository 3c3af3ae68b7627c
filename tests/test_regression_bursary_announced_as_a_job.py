"""A recording studio's free studio-time bursaries were announced as a job.

"Tell people about the studio time bursaries: who you're looking for, and what the work is
really like": the bursaries' topic was shared with a goal that looks for volunteer mentors,
and whom that goal seeks was taken for what the offer is. Only a goal that invites to an
offer says so; the bursaries are announced as the offer they are.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BURSARY = {"title": "Free studio time bursaries", "from": date(2027, 1, 1),
           "until": date(2027, 4, 16), "topics": ["Recording vocals at home"]}  # fmt: skip
GOALS = [
    {"id": "signups", "text": "Fill the Saturday sessions with young producers"},
    {"id": "mentors", "text": "Find volunteer mentors for the Saturday sessions"},
]
TOPIC = {"title": "Recording vocals at home", "kind": "theme", "goals": ["signups", "mentors"]}


def test_an_offer_on_a_topic_a_seeking_goal_shares_is_no_job() -> None:
    strategy = make(language="en", goals=GOALS, topics=[TOPIC], offers=[BURSARY])
    rows = [{"channel": "instagram", "move": "announce", "start": f"2027-02-{1 + n:02d} 11:00",
             "announce": BURSARY["title"], "seq": n} for n in range(6)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "looking for" not in entry.prompt, entry.prompt
        assert "the work" not in entry.prompt, entry.prompt
