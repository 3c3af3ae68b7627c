"""Most questions to groups in eight blind reviewers' samples asked nothing the plan knew: a
town's noticeboard took only questions naming the town, and the team had none; a family
days-out group that lists its themes was kept to questions of the goal, and the goal had none
among them; a parents' group was kept from questions another group lists (r285, r286, r288,
r289, r291). Their template fell back on a line of its own, the same twice in one group, and
the thank-you round after it could not say what had been asked. Each now gets a question of
the plan's: a noticeboard one only people of the place can answer, a themed group its themes'
own, a parents' group the goal's, and the thank-you round quotes it.
"""

from __future__ import annotations

from dialogplan.render import render
from dialogplan.team_material import local_questions, questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

THEMES = [
    {"title": "Getting children outdoors", "kind": "theme",
     "questions": ["What gets your children out of the door when it rains?"]},
    {"title": "Our Saturday family days", "kind": "own", "goals": ["families"],
     "questions": ["What would your children most like to try on a family day?"]},
]  # fmt: skip
GROUPS = {"facebook-group": ["Wyndford Community Noticeboard",
                             {"name": "Lakes Family Days Out",
                              "topics": ["Getting children outdoors"]}]}  # fmt: skip


def _asks() -> tuple[list[str], list[str]]:
    strategy = make(language="en", topics=THEMES, groups=GROUPS,
                    goals=[{"id": "families", "text": "Families come to our days"}],
                    channels={"facebook-group": {}})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "group": group, "goal": "families",
         "topic": "", "start": f"2027-03-{day:02d} 19:00"}
        for day, group in ((1, "Wyndford Community Noticeboard"), (2, "Lakes Family Days Out"))
    ] + [{"channel": "facebook-group", "move": "thank", "group": "Wyndford Community Noticeboard",
          "goal": "families", "topic": "", "follows": 0, "start": "2027-03-04 19:00"}]  # fmt: skip
    planned = entries(strategy, rows)
    return questions_in_turn(strategy, planned), [e.prompt for e in render(strategy, planned)]


def test_every_group_question_is_one_of_the_plans() -> None:
    questions, prompts = _asks()
    assert questions[0] == local_questions("en")[0]
    assert questions[1] == "What gets your children out of the door when it rains?"
    assert questions[0] in prompts[2]
