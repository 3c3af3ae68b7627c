"""A youth art school's post asking „Was würdet ihr gern mal mit Ton ausprobieren?“ also had to
invite to the vernissage in the town hall, and a city farm's question on school veg patches
carried a thank-you for the lambing day (r291, r290, r292: "one message per post"). A question
post names a coming event only when the event lists its topic, or when the event is days away
and its own question is the post's; the first post after an event tells of it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

TOPICS = [
    {"title": "Clay for beginners", "kind": "theme", "questions": ["What would you try in clay?"]},
    {"title": "Drawing comics", "kind": "theme", "questions": ["Which comic made you draw?"]},
]
OPENING = {"title": "Exhibition opening", "short": "the exhibition opening",
           "date": date(2027, 3, 19), "topics": ["Drawing comics"]}  # fmt: skip


def _rows(day: str) -> list[dict[str, object]]:
    return [{"channel": "instagram", "move": "ask", "start": f"{day} 18:00", "topic": t["title"]}
            for t in TOPICS]  # fmt: skip


def test_an_event_on_another_topic_stays_out_of_a_question_post() -> None:
    strategy = make(language="en", topics=TOPICS, events=[OPENING], channels={"instagram": {}})
    facts = contexts(strategy, _rows("2027-03-14"))
    assert facts(0)["event_soon"] is None
    assert facts(1)["event_soon"] is not None


def test_an_event_days_away_with_its_own_question_is_the_post() -> None:
    opening = OPENING | {"question": "Which picture would you hang at home?"}
    strategy = make(language="en", topics=TOPICS, events=[opening], channels={"instagram": {}})
    rows = _rows("2027-03-18")
    assert contexts(strategy, rows)(0)["event_soon"] is not None
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    assert "Which picture would you hang at home?" in prompt


def test_the_first_post_after_an_event_tells_of_it() -> None:
    strategy = make(language="en", topics=TOPICS, events=[OPENING], channels={"instagram": {}})
    prompt = render(strategy, entries(strategy, _rows("2027-03-21")))[0].prompt
    assert "exhibition opening" in prompt
    assert "Just above your question" not in prompt
