"""A travel agency's group "Wheelchair Travel UK" never got any work.

Its name shares words with "Trains with a wheelchair" and "Travel insurance", themes another
group lists:
counted as named after another topic, it came last for every theme it could hear about, and
no group work ever reached it (check then advised more minutes, which changed nothing). A
group counts as named after a topic only when it hears about that topic.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

SPINAL = {"name": "Spinal Injury Support Yorkshire",
          "topics": ["Trains with a wheelchair", "Travel insurance"]}  # fmt: skip
GROUPS = ["Wheelchair Travel UK", "Leeds Disabled People's Network", SPINAL]
TOPICS = [{"title": "Trains with a wheelchair", "kind": "theme"},
          {"title": "Accessible hotel rooms", "kind": "theme"},
          {"title": "Travel insurance", "kind": "theme"}]  # fmt: skip
WHERE = ["the Facebook group Wheelchair Travel UK",
         "the Facebook group Leeds Disabled People's Network",
         "the Facebook group Spinal Injury Support Yorkshire"]  # fmt: skip


def test_every_group_the_goal_names_gets_work() -> None:
    goals = [{"id": "trips", "text": "Get enquiries", "where": WHERE}]
    strategy = make(language="en", goals=goals, topics=TOPICS, months=6,
                    channels={"facebook-group": {}}, groups={"facebook-group": GROUPS})  # fmt: skip
    worked = {e.group for e in build(strategy).entries if e.group}
    assert worked == {g if isinstance(g, str) else g["name"] for g in GROUPS}
