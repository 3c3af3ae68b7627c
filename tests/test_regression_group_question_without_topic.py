"""A gym asked an HR group "what members prefer in one everyday choice they all make".

The group was named after no topic, so its question had none of the team's questions, and
the goal's topic questions had rested since the team's own post asked them. A group's
question on no topic now takes its goal's topic questions that ask about the members (none
that speaks of "our" gym), and a question rests per audience: a group's members are not the
profile's followers.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [{"id": "teams", "text": "Book team days"}]
TOPICS = [
    {
        "title": "Team days on the wall",
        "goals": ["teams"],
        "questions": [
            "What's the best team day your workplace ever had – and why did it work?",
            "Which of our team packages would suit you?",
        ],
    }
]


def test_a_group_gets_its_goals_question_about_the_members() -> None:
    strategy = make(language="en", goals=GOALS, topics=TOPICS,
                    groups={"linkedin": ["Leicester HR Professionals"]})  # fmt: skip
    rows = [
        {"channel": "linkedin", "move": "ask", "start": "2027-03-02 09:00",
         "topic": "Team days on the wall", "goal": "teams", "group": ""},
        {"channel": "linkedin", "move": "group-ask", "start": "2027-03-09 09:00", "topic": "",
         "goal": "teams", "group": "Leicester HR Professionals", "place": "groups"},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["question"].startswith("What's the best team day")
    assert facts(1)["question"].startswith("What's the best team day")
