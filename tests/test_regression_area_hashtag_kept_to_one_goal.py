"""A volleyball club's posts about its beach cup never carried #mühlstetten, its town.

The town's hashtag, one of the channel's, was also listed where the juniors' goal finds its
people, so it counted as another goal's place and stayed off posts for the cup's (r374). A
hashtag naming the team's area is where all its goals' people are.
"""

from __future__ import annotations

from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make


def test_the_towns_hashtag_goes_on_a_post_for_another_goal() -> None:
    strategy = make(
        area="Mühlstetten",
        goals=[
            {"id": "nachwuchs", "text": "Kinder fürs Training", "where": ["#mühlstetten"]},
            {"id": "beachcup", "text": "Teams für den Beachcup"},
        ],
        topics=[{"title": "Der Beachcup", "goals": ["beachcup"]}],
        channels={"instagram": {"tags": ["#volleyball", "#mühlstetten"]}, "facebook": {}},
    )
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-03-08 18:00",
             "topic": "Der Beachcup", "goal": "beachcup"}]  # fmt: skip
    tags = Contexts(strategy, entries(strategy, rows))(0)["rules"]["tags"]
    assert "#mühlstetten" in tags
