"""An orchestra's fortnightly newsletter, eleven days before its family concert, said nothing
of it, and the next issue came after it; its "we're back" post a week before the string
play day did not mention that either (r300).

A piece on a channel with less than one post a week names an event up to three weeks ahead
where the channel's next piece comes after it (unless it looks back on one); the note after
a break names the coming week's event for the people its channel serves, whatever its topic.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

EVENTS = [
    {"title": "Familienkonzert", "date": date(2027, 5, 22), "time": "15:00-16:00",
     "place": "St.-Aldhelm-Kirche"},
    {"title": "Streicher-Tag", "date": date(2027, 4, 17), "time": "10:00-16:00",
     "place": "Gemeindehaus", "topics": ["Fachkräfte finden"]},
]  # fmt: skip


GOALS = [
    {"id": "publikum", "text": "Publikum gewinnen"},
    {"id": "streicher", "text": "Streicher gewinnen", "invite": ["Streicher-Tag"]},
]


def _soon(rows: list[dict[str, object]]) -> list[str | None]:
    strategy = make(
        goals=GOALS,
        topics=[{"title": "Fachkräfte finden", "goals": ["streicher"]}, "Nachfolge"],
        channels={"newsletter": {"posts_per_week": 0.5}, "instagram": {}},
        events=EVENTS,
    )
    facts = contexts(strategy, rows)
    return [getattr(facts(i)["event_soon"], "title", None) for i in range(len(rows))]


def test_the_last_issue_before_an_event_names_it() -> None:
    rows = [{"channel": "newsletter", "move": "ask", "start": f"2027-05-{d} 09:00",
             "topic": "Nachfolge"} for d in ("11", "25")]  # fmt: skip
    assert _soon(rows) == ["Familienkonzert", None]
    # With the next issue before the concert, that one names it.
    rows[1]["start"] = "2027-05-18 09:00"
    assert _soon(rows) == [None, "Familienkonzert"]


def test_the_note_after_a_break_names_the_coming_weeks_event() -> None:
    # Posted for the audience, on a channel that serves the string players too.
    rows = [{"channel": "instagram", "move": "back", "start": "2027-04-10 11:00", "topic": "",
             "goal": "publikum"}]  # fmt: skip
    assert _soon(rows) == ["Streicher-Tag"]
