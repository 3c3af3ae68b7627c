"""„Ask the members … how they handle Nottingham's brewing scene themselves“.

A bottle shop's group question put its theme of the local scene into a frame meant for a
problem. Only a topic of problems is handled now; any other is asked about as the members'
own experience.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_only_a_problem_is_handled() -> None:
    topics = [{"title": "Nottingham's brewing scene", "kind": "theme", "talk": "story",
               "short": "Nottingham's brewing scene",
               "questions": ["Which local brewery surprised you lately?"]},
              {"title": "Storing beer", "kind": "theme", "talk": "problem",
               "short": "storing beer at home",
               "questions": ["Where do you keep beer cool?"]}]  # fmt: skip
    strategy = make(language="en", topics=topics, channels={"facebook-group": {}},
                    groups={"facebook-group": ["Nottingham Beer Lovers"]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": f"2027-04-{day:02d} 19:30",
         "topic": topics[n % 2]["title"], "group": "Nottingham Beer Lovers", "seq": n}
        for n, day in enumerate(range(1, 29, 2))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "handle Nottingham" in p]
    assert [p for p in prompts if "experience with Nottingham's brewing scene" in p]
