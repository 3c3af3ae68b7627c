"""Listening in a named group sent the team to search for groups by "your subject and your town".

„Spend 20 minutes on Facebook groups just listening … You'll find them by searching Facebook
groups for your subject and your town's name“, on an entry for the „Leeds Charity and
Voluntary Sector Network“ group the strategy names: the place's search hint replaced the
group. Work in a named group names the group and searches for none.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Leeds Charity and Voluntary Sector Network"


def test_listening_in_a_named_group_names_it() -> None:
    strategy = make(language="en", channels={"facebook-group": {}, "linkedin": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "listen", "start": f"2027-03-{1 + n:02d} 08:00",
             "group": GROUP, "seq": n} for n in range(6)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert GROUP in entry.prompt, entry.prompt
        assert "your town's name" not in entry.prompt, entry.prompt
