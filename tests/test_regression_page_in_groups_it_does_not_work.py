"""A solar installer's Facebook page was sent "to the groups your page has joined" to comment.

The strategy works Facebook's groups on a channel of their own, so its page only listens in
them; its comment rounds still said "on other pages from your area and in the groups your page
has joined", and looked there for neighbours asking for recommendations, which pages do not
carry. Such a page's work beyond listening now says pages only, and looks for the kinds of
post pages carry.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_page_whose_groups_have_a_channel_comments_on_pages() -> None:
    strategy = make(language="en", channels={"facebook": {}, "facebook-group": {}},
                    groups={"facebook-group": ["Eaton Neighbours"]})  # fmt: skip
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-03-{1 + n:02d} 09:00",
             "seq": n} for n in range(10)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "groups" not in entry.prompt, entry.prompt
        assert "recommendation" not in entry.prompt and "new to the area" not in entry.prompt
