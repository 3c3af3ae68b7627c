"""A village hall's listening on films for its film night said to look under #repaircafe.

The hashtag is about its topic "repairing things", but only a whole word made a hashtag
about a topic, and "repairing" is not in "repaircafe". The -ing of a doing now goes the way
plural endings go: "repairing" is about repair, and a search on films leaves #repaircafe out.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make


def test_a_hashtag_about_a_doing_stays_off_another_topic_s_search() -> None:
    topics = [
        {"title": "Fixing things", "kind": "theme", "short": "repairing things"},
        {"title": "Film night picks", "kind": "theme", "short": "films for our film night"},
    ]
    strategy = make(
        language="en", topics=topics,
        channels={"instagram": {"tags": ["#shropshire", "#repaircafe"]}},
    )  # fmt: skip
    rows = [
        {"channel": "instagram", "move": "listen", "start": "2027-03-01 18:00", "topic": title}
        for title in ("Film night picks", "Fixing things")
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["tags"] == ("#shropshire",)
    assert "#repaircafe" in facts(1)["tags"]
