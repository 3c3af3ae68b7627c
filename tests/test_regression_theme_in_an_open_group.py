"""A bouldering gym was sent to comment "under posts about fear of falling" in „Neu in Freiburg“.

Nobody can count on such a post in a group for newcomers to the city, and the reviewer marked
the prompt impossible; another marked a climbing group's comments on a debate down for having
no way out on a quiet Sunday. Comments and help on a topic in any group now say what to do
when there is nothing on it.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

#: Each way out sends the team to two other posts or questions in the group.
FALLBACK = {
    "de": ("zwei andere", "zwei frische", "zwei neue"),
    "en": ("two other", "Two other", "two fresh", "two new"),
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_work_on_a_topic_in_an_open_group_has_a_way_out(language: str) -> None:
    topics = [{"title": "Angst vorm Fallen", "kind": "theme"}]
    groups = {"facebook-group": ["Neu in Freiburg", "Angst vorm Fallen Freiburg"]}
    strategy = make(language=language, topics=topics, groups=groups,
                    channels={"facebook-group": {}})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": move, "start": f"2027-03-{n + 2:02d} 08:00",
             "topic": "Angst vorm Fallen"}
            for n in range(4) for move in ("comment", "group-help")]  # fmt: skip
    planned = entries(strategy, rows)
    for group in ("Neu in Freiburg", "Angst vorm Fallen Freiburg"):
        in_group = [dataclasses.replace(e, group=group) for e in planned]
        for prompt in (e.prompt for e in render(strategy, in_group)):
            assert any(f in prompt for f in FALLBACK[language]), prompt
