"""Regression: two reply rounds in one sample of twelve shared a sentence word for word.

„Zwei, drei Sätze pro Antwort reichen … führt ein eigener Kommentar unter dem Beitrag weiter“
stood in two of a table-tennis club's twelve sampled prompts, "Answer each comment on what
that person wrote" in two of an optician's (r510, r513). A reply round that goes on with the
topic's next question had three wordings of its step in English and four in German; it now
has five and six, and a half-year's rounds on a channel use all of them but one at least.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DE = ("erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte")
#: The opening words of each wording of the step before the next question.
STEPS = {
    "en": ("Take up the point each person made", "Once everyone has had an answer",
           "Where an answer makes you curious", "Pick up one thing from each comment",
           "Give each person an answer to what they actually wrote"),
    "de": ("Greif in jeder Antwort auf, was die Person schreibt",
           "Nimm in jeder Antwort ein Detail auf", "Zwei, drei Sätze pro Antwort reichen",
           "Greif in jeder Antwort ein Detail auf, damit", "Antworte jeder Person auf das",
           "Wo eine Antwort neugierig macht"),
}  # fmt: skip
QUESTIONS = {
    "en": [f"What was the {n} thing you learned about keeping bees?" for n in EN],
    "de": [f"Was war das {n} Mal, dass dich eine Biene überrascht hat?" for n in DE],
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_rounds_use_most_wordings(language: str) -> None:
    topic = {"title": "Keeping bees", "kind": "theme", "questions": QUESTIONS[language]}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}}, months=6)
    days = [f"2027-{3 + n // 4:02d}-{1 + 7 * (n % 4):02d}" for n in range(20)]
    rows = asked_and_answered("facebook", days, "09:00", "18:00", topic="Keeping bees")
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    steps = {step for step in STEPS[language] for r in replies if step in r}
    assert len(steps) >= len(STEPS[language]) - 1, steps
