"""A beach-clean group's questions to a teachers' group fell back to lines that fit any
topic four times in five, though its topic had three questions: each reply round and
thank-you under a question took the next one as a follow-up, and a follow-up rested for the
whole group as a post does.

A follow-up is heard by those who read the thread: it rests for follow-ups, and for posts
only four weeks (a dance school's parents' group read one as a post of its own two weeks
after the thread and saw a plan repeating itself). A newsletter's readers read every reply,
so there it rests for both, as before.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = [
    "What is the smallest bit of plastic you've picked up?",
    "Where on the beach do you find the most tiny plastic?",
    "Have your pupils ever been on a nurdle hunt?",
]


def test_a_follow_up_leaves_the_question_for_the_next_post() -> None:
    topic = {"title": "Nurdles", "kind": "theme", "questions": QUESTIONS}
    strategy = make(
        language="en", topics=[topic], channels={"facebook-group": {}},
        groups={"facebook-group": ["Cornwall Primary Teachers Network"]},
    )  # fmt: skip
    group = "Cornwall Primary Teachers Network"
    rows = [
        {"channel": "facebook-group", "move": move, "start": start, "topic": "Nurdles",
         "group": group, **({"follows": 0} if move == "reply" else {})}
        for move, start in (("group-ask", "2027-03-01 08:00"), ("reply", "2027-03-02 08:00"),
                            ("group-ask", "2027-03-15 08:00"), ("group-ask", "2027-03-29 08:00"))
    ]  # fmt: skip
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert asked[:3] == [QUESTIONS[0], QUESTIONS[1], QUESTIONS[2]]
    # Four weeks after the follow-up, it may be the group's post.
    later = [*rows, {**rows[3], "start": "2027-04-05 08:00"}]
    assert questions_in_turn(strategy, entries(strategy, later))[4] == QUESTIONS[1]
