"""A thank-you for a share asked about children's rituals before a recital.

„Danke, dass Sie das teilen! Welche Rituale haben Ihre Kinder vor einem Vorspiel?“: the topic's
question had nothing to do with the share, and the person may have no children. A thank-you
to the people who passed a post on now asks about the sharing itself. A reply round puts the
topic's next question to whoever wants to go on, not to everyone whatever they wrote, and an
event's question is asked in its own posts only in the six weeks before it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

RITUALS = "Welche Rituale haben Ihre Kinder vor einem Vorspiel?"
FIRST = "Wie war Ihr erster Auftritt vor Publikum?"
TOPIC = {"title": "Lampenfieber", "kind": "theme", "questions": [FIRST, RITUALS]}


def test_a_thank_you_for_a_share_asks_about_the_share() -> None:
    strategy = make(address="Sie", topics=[TOPIC], channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "ask", "start": "2027-03-02 08:00",
         "topic": "Lampenfieber"},
        {"channel": "facebook", "move": "thank", "start": "2027-03-04 08:00",
         "topic": "Lampenfieber", "place": "mentions", "continues": 0},
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert FIRST in prompts[0]
    assert "Rituale" not in prompts[1]


def test_an_event_question_waits_for_the_weeks_before_the_event() -> None:
    event = {"title": "Tag der offenen Tür", "date": date(2027, 5, 15),
             "question": "Welches Instrument möchten Sie einmal ausprobieren?",
             "topics": ["Instrumente"]}  # fmt: skip
    topic = {"title": "Instrumente", "kind": "theme"}
    strategy = make(address="Sie", topics=[topic], events=[event], channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "ask", "start": f"2027-{day} 08:00", "topic": "Instrumente"}
        for day in ("03-16", "04-06")
    ]
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert asked == ["", event["question"]]  # eight weeks ahead: too early; six: in time
