"""An allotment association's „Kirkstall Community Noticeboard“ was taken for a group about
its own subjects, since one topic was its "Community Plot Work Party": a comment round there
asked under lost cats and roadworks "The part about … is new to us. Where did you pick it up?"
(r682). "Community noticeboard" is what makes it a noticeboard, whole, and names no subject:
the round there looks for what neighbours post.
"""

from __future__ import annotations

from dialogplan.render import render
from dialogplan.team_material import town_noticeboard
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Kirkstall Community Noticeboard"
TOPICS = [{"title": "Community Plot Work Party", "kind": "own"},
          {"title": "Growing on heavy clay", "kind": "theme"}]  # fmt: skip


def test_a_community_noticeboard_is_its_town_s() -> None:
    strategy = make(language="en", area="Kirkstall and Headingley", topics=TOPICS)
    assert town_noticeboard(strategy, GROUP)


def test_its_comment_rounds_answer_what_neighbours_post() -> None:
    groups = {"facebook-group": [GROUP]}
    strategy = make(language="en", area="Kirkstall and Headingley", topics=TOPICS,
                    channels={"facebook-group": {}}, groups=groups)  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "comment", "group": GROUP, "topic": "",
             "seq": n, "start": f"2027-03-{1 + 3 * n:02d} 19:00"} for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "pick it up" in p or "nobody has said" in p], prompts
