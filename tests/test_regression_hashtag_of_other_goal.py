"""A dental practice's listening round on lunchboxes looked under #zfaausbildung.

The channel's hashtags served all its goals, and the apprenticeship hashtag, which the goal
for trainees lists as where its people are, was offered for a topic of the goal for
children. A hashtag a goal lists now stays with work for that goal or its topics.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "kinder", "text": "Eltern kleiner Kinder kommen zur Prophylaxe"},
    {"id": "azubis", "text": "Zwei Azubis finden", "where": ["#zfaausbildung"]},
]
TOPICS = [
    {"title": "Zahngesunde Brotzeit", "kind": "theme", "goals": ["kinder"]},
    {"title": "Ausbildung in der Praxis", "kind": "theme", "goals": ["azubis"]},
]


def test_a_goals_hashtag_stays_with_its_goal() -> None:
    tags = ["#zahngesundheit", "#zfaausbildung"]
    strategy = make(goals=GOALS, topics=TOPICS, channels={"instagram": {"tags": tags}})
    rows = [
        {"channel": "instagram", "move": "listen", "start": "2027-03-02 09:00",
         "topic": "Zahngesunde Brotzeit", "goal": "kinder"},
        {"channel": "instagram", "move": "listen", "start": "2027-03-03 09:00",
         "topic": "Ausbildung in der Praxis", "goal": "azubis"},
        {"channel": "instagram", "move": "ask", "start": "2027-03-04 09:00",
         "topic": "Zahngesunde Brotzeit", "goal": "kinder"},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["tags"] == ("#zahngesundheit",)
    assert facts(1)["tags"] == ("#zfaausbildung",)  # #zahngesundheit is the other topic's
    assert "#zfaausbildung" not in facts(2)["rules"]["tags"]
