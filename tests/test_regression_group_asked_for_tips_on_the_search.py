"""A lifeboat station's post to its village noticeboard asked for "any tips on where to ask,
or whom to talk to" about its search for crew trainees (r319): it read like a job-hunter's
post, while the strategy had a question for exactly these people.

A group post about whom the team looks for asks the goal's own question straight out, and
whether anyone knows someone who would; without one, it still asks for tips.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Holmcliffe Community Noticeboard"
QUESTION = "Would you come down to a Tuesday training night?"


def _prompts(question: str | None) -> list[str]:
    goal = {"id": "crew", "text": "Recruit four new crew trainees", "who": "people nearby",
            "where": [f"the Facebook group {GROUP}"]}  # fmt: skip
    if question:
        goal["question"] = question
    strategy = make(language="en", goals=[goal], channels={"facebook-group": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-ask", "group": GROUP, "topic": "",
             "start": f"2027-03-{day:02d} 19:00", "seq": day} for day in range(1, 7)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    return [p for p in prompts if "looking for" in p]


def test_the_search_asks_the_goals_question_straight_out() -> None:
    prompts = _prompts(QUESTION)
    assert prompts
    for prompt in prompts:
        assert "tips on" not in prompt
        assert f"{QUESTION} Or do you know someone who would?" in prompt


def test_without_a_question_the_search_asks_for_tips() -> None:
    prompts = _prompts(None)
    assert prompts
    assert all("any tips on where to ask" in p for p in prompts)
