"""Looking for new contacts on a topic left out the hashtags where the goal's people are.

A co-working space in Leeds looks for makers under #leedscreatives and #leedsmakers. Its
Instagram entries for new contacts carry a topic, and work on a topic in others' places
leaves out hashtags named after the team's area, so the prompt sent the team to
#coworkingspace: other spaces advertising themselves. Looking for new contacts looks for the
goal's people, whatever the topic, and keeps those hashtags.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GOALS = [{"id": "makers", "text": "Makers for our evenings", "who": "makers in Leeds",
          "where": ["#leedscreatives", "#leedsmakers"]}]  # fmt: skip
TOPICS = [{"title": "Working from home", "kind": "theme"}]


def test_new_contacts_on_a_topic_are_looked_for_under_the_goal_s_local_hashtags() -> None:
    strategy = make(language="en", area="Leeds", goals=GOALS, topics=TOPICS,
                    channels={"instagram": {"tags": ["#coworkingspace"]}})  # fmt: skip
    rows = [
        {"channel": "instagram", "move": "connect", "start": f"2027-03-0{n + 1} 08:00",
         "topic": "Working from home"}
        for n in range(4)
    ]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert "#leedscreatives" in prompt or "#leedsmakers" in prompt, prompt
        assert "#coworkingspace" not in prompt, prompt
