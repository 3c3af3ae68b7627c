"""A speech therapy practice, on the evening of its reading hour for children, thanked the
people who came in a jobs group for therapists, whose members had not been there (r303).

In a group that lists the themes its members talk about, the coming or past event comes up
only where it lists one of them; an event without topics is for everyone.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPICS = [
    {"title": "Sprachförderung im Alltag", "kind": "theme"},
    {"title": "Arbeiten in der Logopädie", "kind": "theme"},
]
GROUPS = {
    "facebook-group": [
        {"name": "Eltern in Lippstadt", "topics": ["Sprachförderung im Alltag"]},
        {"name": "Logopädie Jobs NRW", "topics": ["Arbeiten in der Logopädie"]},
    ]
}


def _past(topics: list[str]) -> list[str | None]:
    event = {"title": "Vorlesestunde", "date": date(2027, 4, 24), "time": "10:00-11:00",
             "place": "Stadtbibliothek", "topics": topics}  # fmt: skip
    strategy = make(topics=TOPICS, groups=GROUPS, events=[event], channels={"facebook-group": {}})
    rows = [{"channel": "facebook-group", "move": "thank", "start": "2027-04-24 20:00",
             "topic": "", "group": group} for group in ("Eltern in Lippstadt",
                                                         "Logopädie Jobs NRW")]  # fmt: skip
    facts = contexts(strategy, rows)
    return [getattr(facts(i)["event_past"], "title", None) for i in range(len(rows))]


def test_a_group_hears_of_an_event_on_its_own_themes_only() -> None:
    assert _past(["Sprachförderung im Alltag"]) == ["Vorlesestunde", None]


def test_an_event_without_topics_is_for_every_group() -> None:
    assert _past([]) == ["Vorlesestunde", "Vorlesestunde"]
