"""Regression: "Tag Calum Urquhart" in a post on a pool trust's Facebook page (r647, IMPOSSIBLE).

The contact was listed for the trust's Facebook groups, where members tag each other; the post
went on the page, which cannot tag a person. A person named in work on a channel that cannot
write to people first is sent the link, whatever channel the contacts file gives them.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = ("Calum Urquhart,facebook-group,https://example.com/calum,regular,2026-11-02,,,,"
       "Swims in the loch every winter morning,\n")  # fmt: skip


def test_a_page_sends_the_link_rather_than_tagging() -> None:
    topic = {"title": "Winter swimming in the loch", "kind": "theme",
             "questions": ["What got you into the loch in winter?"]}  # fmt: skip
    strategy = make(language="en", topics=[topic], channels={"facebook": {}, "facebook-group": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [{"channel": "facebook", "move": "ask", "topic": topic["title"], "seq": seq,
             "start": f"2027-04-{5 + 7 * seq:02d} 09:00"} for seq in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    named = [p for p in prompts if "Calum" in p]
    assert named, prompts
    assert not [p for p in named if "Tag Calum" in p or "tag Calum" in p], named
