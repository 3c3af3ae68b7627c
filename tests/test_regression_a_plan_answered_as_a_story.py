"""A water-rescue group asked "What would you do first if you saw a child alone in the water
by the shore?", and its reply round answered the plans as stories: "… – schön erzählt! Würdest
du es wieder so machen?" (r322).

A question about what people would do draws plans: the round takes up each plan and adds what
the team would do from its own work.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "de": "Was würdest du als Erstes tun, wenn du am Ufer ein Kind allein im Wasser siehst?",
    "en": "What would you do first if you saw a child alone in the water?",
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_question_about_what_people_would_do_asks_for_a_plan(language: str) -> None:
    assert talk_of(QUESTIONS[language], language) == "plan"


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_reply_round_adds_what_the_team_would_do(language: str) -> None:
    topic = {"title": "Sicher am See", "kind": "theme", "talk": "story",
             "questions": [QUESTIONS[language]]}  # fmt: skip
    strategy = make(language=language, topics=[topic], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-04-07 18:00",
             "topic": "Sicher am See"}] + [
        {"channel": "instagram", "move": "reply", "start": f"2027-04-{day:02d} 18:30",
         "topic": "Sicher am See", "follows_up": "row0@test", "seq": day} for day in (8, 9)
    ]  # fmt: skip
    replies = render(strategy, entries(strategy, rows))[1:]
    for reply in replies:
        assert "erzählt" not in reply.prompt
        assert "What happened next" not in reply.prompt
        plans = ("would do", "you'd do", "tun würde", "machen würde")
        assert any(w in reply.prompt for w in plans)
