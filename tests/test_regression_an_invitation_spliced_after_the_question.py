"""Regression: "… and ask which one a newcomer should try first. Put a line inviting everyone
to the World Book Day story hour on Saturday 6 March before that question." (r666).

A bookshop's summary in a parents' group ended on its question, then sent the reader back to
put an invitation before it, with no time: it read as an advert spliced in. The invitation is
said where it goes, with its time.
"""

from __future__ import annotations

from datetime import date, timedelta

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GROUP = "York Parents Noticeboard"
STORY_HOUR = {"title": "World Book Day story hour", "short": "the World Book Day story hour",
              "date": date(2027, 3, 6), "time": "10:30-11:30"}  # fmt: skip


def test_the_invitation_is_said_where_it_goes() -> None:
    strategy = make(language="en", events=[STORY_HOUR], channels={"facebook-group": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows: list[dict[str, object]] = []
    for n, day in enumerate(date(2027, 2, 22) + timedelta(days=k) for k in range(0, 8, 2)):
        rows.append({"channel": "facebook-group", "move": "group-ask", "group": GROUP,
                     "seq": n, "start": f"{day} 19:00"})  # fmt: skip
        rows.append({"channel": "facebook-group", "move": "thank", "group": GROUP, "seq": n,
                     "follows": len(rows) - 1,
                     "start": f"{day + timedelta(days=1)} 08:00"})  # fmt: skip
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "thank"]
    said = [p for p in thanks if "story hour" in p]
    assert said, thanks
    for prompt in said:
        assert "before that question" not in prompt, prompt
