"""A Landfrauen association's reviewer read two thank-you rounds for shares on Instagram, six
weeks apart, word for word the same (r248 #5 and #11): the round had two openings, two lines
and two fallbacks. It has three openings and three lines now, not taken in step: nine rounds,
two a month for a quarter and more, read nine ways.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_nine_rounds_of_thanks_for_shares_read_differently() -> None:
    strategy = make(channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-03-01 09:00"}]
    rows += [{"channel": "instagram", "move": "thank", "follows": 0, "seq": seq,
              "start": "2027-03-05 11:00"} for seq in range(9)]  # fmt: skip
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    told = ("erwähnt", "weitergesagt", "geteilt", "markiert")
    assert all(any(word in p for word in told) for p in thanks), thanks
    assert len(set(thanks)) == len(thanks), thanks
