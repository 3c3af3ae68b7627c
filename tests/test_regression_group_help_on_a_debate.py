"""Group help on a debate told the team to "help" members by arguing the other side.

A makerspace's LinkedIn group work on a theme people argue about read: "Help two members
with their posts about community skills. Take the strongest point on the other side
seriously first …", with the line "We used to think so too, until …", which takes no point
seriously. Picks, moments and views are not helped with: the prompt now joins the
conversation, and its lines grant the other side first.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPICS = [{"title": "Skills in schools", "short": "making skills in schools", "kind": "theme",
           "talk": "debate"}]  # fmt: skip


def test_group_help_on_a_debate_joins_the_conversation() -> None:
    strategy = make(language="en", topics=TOPICS, groups={"linkedin": ["Leeds Digital"]})
    rows = [
        {"channel": "linkedin", "move": "group-help", "start": f"2027-03-{day:02d} 09:00",
         "topic": "Skills in schools", "group": "Leeds Digital", "seq": day}
        for day in range(1, 15)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if p.startswith(("Help two", "Look for open questions"))]
    assert not [p for p in prompts if "used to think so too" in p]
    assert any("where people are still talking" in p for p in prompts)
