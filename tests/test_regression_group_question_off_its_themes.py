"""A sailing school asked its instructors' jobs group a learner's question.

„Dinghy Instructors UK Jobs“ lists one theme, teaching sailing as a summer job; a question
to it on no topic took any of the goal's questions, and asked the instructors what they
remembered of their first time at the helm. A group that lists its themes now hears only
their questions.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Dinghy Instructors UK Jobs"
JOBS = "What made you want to become a dinghy instructor?"
HELM = "What do you remember most from the first time you took the helm?"


def test_a_group_on_one_theme_hears_only_its_questions() -> None:
    topics = [
        {"title": "Your first time on the water", "kind": "theme", "questions": [HELM]},
        {"title": "Teaching sailing as a summer job", "kind": "theme", "questions": [JOBS]},
    ]
    group = {"name": GROUP, "topics": ["Teaching sailing as a summer job"]}
    strategy = make(language="en", topics=topics, channels={"facebook-group": {}},
                    groups={"facebook-group": [group]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": f"2027-03-{day} 19:00",
         "topic": "", "group": GROUP}
        for day in (11, 25)
    ]  # fmt: skip
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert asked[0] == JOBS
    assert HELM not in asked
