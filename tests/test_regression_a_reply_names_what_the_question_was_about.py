"""A neighbourhood-help association's post on its driving service asked the office hours' own
question, „Was möchten Sie uns in der Sprechstunde einmal fragen?“, and the reply round the
next day spoke of „eurer Frage von gestern über den Fahrdienst“ (r257). A post that asked an
offer's question was about the offer, and its reply round says so.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

OFFER = {
    "title": "Offene Sprechstunde im Nachbarschaftsbüro",
    "short": "offene Sprechstunde",
    "every": "tue",
    "question": "Was {möchtest du|möchten Sie} uns in der Sprechstunde fragen?",
    "topics": ["Fahrdienst zum Arzt"],
}
GOALS = [{"id": "angehoerige", "text": "Angehörige melden sich früh", "invite": OFFER["title"]}]
TOPIC = {"title": "Fahrdienst zum Arzt", "short": "Fahrdienst", "kind": "own"}


def test_the_reply_round_names_the_offer_its_question_was_about() -> None:
    strategy = make(topics=[TOPIC], offers=[OFFER], goals=GOALS)
    rows = [
        {"channel": "linkedin", "move": "ask", "start": "2027-05-25 09:00",
         "topic": "Fahrdienst zum Arzt", "goal": "angehoerige"},
        {"channel": "linkedin", "move": "reply", "start": "2027-05-26 09:00",
         "topic": "Fahrdienst zum Arzt", "goal": "angehoerige", "follows": 0},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["question"] == OFFER["question"]
    assert facts(1)["earlier"]["topic_noun"] == "offene Sprechstunde"
