"""A pharmacy's Facebook page was sent to comment in a local Facebook group.

The team also works that group on a channel of its own; a page takes part in a group only
where the admins allow pages. With a group channel planned, the page now only listens in
the goal's groups and does its talking on pages.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

WHERE = ["die Facebook-Gruppe Eltern in Kaltenbach", "die Seiten der Kaltenbacher Vereine"]
ROWS = [
    {"channel": "facebook", "move": "comment", "start": "2027-03-02 09:00"},
    {"channel": "facebook", "move": "listen", "start": "2027-03-03 09:00"},
]


def _where(channels: dict[str, dict[str, object]]) -> list[tuple[str, ...]]:
    goals = [{"id": "nachbarn", "text": "In Kaltenbach bekannt werden", "where": WHERE}]
    facts = contexts(make(goals=goals, channels=channels), ROWS)
    return [facts(i)["where"] for i in range(len(ROWS))]


def test_a_page_talks_on_pages_where_a_group_channel_works_the_groups() -> None:
    comment, listen = _where({"facebook": {}, "facebook-group": {}})
    assert comment == ("die Seiten der Kaltenbacher Vereine",)
    assert listen == tuple(WHERE)


def test_without_a_group_channel_the_page_still_goes_to_the_group() -> None:
    comment, _ = _where({"facebook": {}})
    assert "die Facebook-Gruppe Eltern in Kaltenbach" in comment
