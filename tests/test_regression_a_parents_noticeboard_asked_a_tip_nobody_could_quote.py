"""Regression: a rugby section's posts to the "Ettleburn Parents Noticeboard" (r524).

On no topic, with the goal's questions all resting, the post asked the members "to compare
notes on one routine part of your work", then offered a tip for a rainy Sunday; and the
reply round that evening said "your question from earlier today" without saying what it was:
the template had picked the line. A noticeboard named after the goal's people (the town's
parents) is asked a question about the place chosen in Python, which the round quotes; and
where the template picks the line, the opening asks about the place too.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from dialogplan.strategy import Strategy
from dialogplan.team_material import local_questions
from tests.test_prompt_context import contexts
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

BOARD = "Ettleburn Parents Noticeboard"
GOALS = [{"id": "players", "text": "New players", "who": "parents of children in Ettleburn"}]


def _strategy(language: str, goals: list[dict[str, str]] = GOALS) -> Strategy:
    return make(language=language, goals=goals, area="Ettleburn",
                topics=[{"title": "Our tag rugby", "kind": "own"},
                        {"title": "Parents on the touchline", "kind": "theme"}],
                channels={"facebook-group": {}}, groups={"facebook-group": [BOARD]})  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_boards_question_is_one_the_reply_round_quotes(language: str) -> None:
    strategy = _strategy(language)
    rows = asked_and_answered("facebook-group", ["2027-03-05"], "07:30", "19:30",
                              post="group-ask", group=BOARD, goal="players", topic="")  # fmt: skip
    question = contexts(strategy, rows)(0)["question"]
    assert question in local_questions(language), question
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert question.split("{")[0] in reply, reply  # German questions say {ihr|Sie}


def test_a_line_the_template_picks_comes_with_an_opening_about_the_place() -> None:
    goals = [{"id": "players", "text": "New players", "who": "families in Ettleburn"}]
    strategy = _strategy("en", goals)
    rows = [{"channel": "facebook-group", "move": "group-ask", "seq": n, "topic": "",
             "group": BOARD, "goal": "players", "start": f"2027-03-{1 + 2 * n:02d} 07:30"}
            for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "part of your work" in p or "all deal with" in p], prompts
