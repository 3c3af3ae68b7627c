"""A food-sharing group's listening in „Wehlheiden hilft“ fell back on „zwei frische Beiträge
von Konten, denen ihr folgt“ (r234): in a group there are no accounts one follows. Listening in
a group falls back on fresh posts from the group, in German and English.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

FOLLOWED = {"de": "Konten, denen", "en": "people you follow"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_listening_in_a_group_falls_back_on_the_group(language: str) -> None:
    topic = {"title": "Mindesthaltbarkeit", "kind": "theme"}
    strategy = make(language=language, topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Wehlheiden hilft"]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "listen", "topic": "Mindesthaltbarkeit",
             "group": "Wehlheiden hilft", "seq": seq, "start": f"2027-03-{2 + seq:02d} 08:00"}
            for seq in range(12)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if FOLLOWED[language] in p], prompts
