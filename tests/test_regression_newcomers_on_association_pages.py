"""An optician was sent to save newcomers' questions from kindergartens' Facebook pages.

„Speichere zwei, drei Fragen von Zugezogenen“ on „die Seiten der Grazer Elternvereine und
Kindergärten“: such pages post their news and events; neighbours ask for tips, and
newcomers for a start, in the local groups. Where a goal's places there are all pages,
work on the neighbourhood looks only for the kinds of post pages carry.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

PAGES = ["die Seiten der Grazer Elternvereine und Kindergärten"]


def _angles(where: list[str]) -> set[str]:
    goals = [{"id": "eltern", "text": "Eltern", "where": where}]
    strategy = make(goals=goals, channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "listen", "start": f"2027-05-{day:02d} 18:00",
             "topic": "", "place": "local", "seq": day} for day in range(1, 11)]  # fmt: skip
    facts = contexts(strategy, rows)
    return {facts(i)["local_angle_id"] for i in range(len(rows))}


def test_on_pages_only_news_and_events() -> None:
    assert _angles(PAGES) == {"local-news", "local-event"}


def test_with_a_group_among_the_places_every_kind() -> None:
    angles = _angles([*PAGES, "die Facebook-Gruppe Eltern in Graz"])
    assert {"newcomer", "recommendation"} <= angles
