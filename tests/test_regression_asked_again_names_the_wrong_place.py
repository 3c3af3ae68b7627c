"""A nursery's garden group was asked a question again, with Instagram's answers as the way in.

„Welche Staude summt bei dir im Sommer am meisten?“ went to „Gärtnern in Freiburg“ on 31 May
and again on 23 August; the second prompt opened with what Instagram had answered in July,
as if the group had never heard it. A question asked again now starts from the answers of
the same people where they heard it before; and one asked in the groups the team found is
no longer said to have been asked "here" on the profile. (A group hears a question again only
after it rested there: :data:`~dialogplan.team_material.GROUP_REST_DAYS`.)
"""

from __future__ import annotations

from dialogplan.team_material import asked_before, questions_in_turn
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Welche Staude summt bei dir im Sommer am meisten?"
GROUP = "Gärtnern in Freiburg"


def test_the_same_group_s_earlier_asking_comes_first() -> None:
    topic = {"title": "Insektenfreundliche Stauden", "kind": "theme", "questions": [QUESTION]}
    strategy = make(topics=[topic], channels={"facebook-group": {}, "instagram": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-05-03 19:00",
         "topic": topic["title"], "group": GROUP},
        {"channel": "instagram", "move": "ask", "start": "2027-06-20 19:00",
         "topic": topic["title"]},
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-08-20 19:00",
         "topic": topic["title"], "group": GROUP},
    ]  # fmt: skip
    planned = entries(strategy, rows)
    asked = questions_in_turn(strategy, planned)
    assert asked == [QUESTION] * 3
    assert asked_before(planned, asked) == [None, 0, 0]


def test_a_question_from_the_groups_found_is_not_said_to_be_from_here() -> None:
    topic = {"title": "Insektenfreundliche Stauden", "kind": "theme", "questions": [QUESTION]}
    strategy = make(topics=[topic], channels={"linkedin": {}})
    rows = [
        {"channel": "linkedin", "move": "group-ask", "start": "2027-05-04 08:00",
         "topic": topic["title"], "place": "groups"},
        {"channel": "linkedin", "move": "ask", "start": "2027-05-26 08:00",
         "topic": topic["title"]},
    ]  # fmt: skip
    before = contexts(strategy, rows)(1)["asked_before"]
    assert before["in_groups"]
    assert before["channel"] == "LinkedIn"
