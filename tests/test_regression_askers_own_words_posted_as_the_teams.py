"""A vet practice asked its followers „Braucht meine Wohnungskatze überhaupt eine Wurmkur?“.

The owners' own questions, in their words ("my cat", „mein Hund“, „Bin ich mit 45 zu alt …?“,
„Ab wann ist eine Katze eigentlich ein Senior?“, „Was verdient man in der Ausbildung?“), went
out as if the practice were asking, and once more into a puppy group. A question with the
asker's own "my" (and no "you"), or a German question with „mein“, „bin ich“, „verdient man“
or the layperson's „eigentlich“ (and no „du“ or „Sie“), is one people ask the team: a post
answers it, and no group or thread is asked it.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Braucht meine Wohnungskatze überhaupt eine Wurmkur?", "de"),
        ("Welches Zeckenmittel ist das richtige für meinen Hund?", "de"),
        ("Bin ich mit 45 nicht zu alt, um Klavier zu lernen?", "de"),
        ("Ab wann ist eine Katze eigentlich ein Senior?", "de"),
        ("Will internal insulation make my old house damp?", "en"),
        ("Am I too old to start the drums?", "en"),
        ("Was verdient man in der Bäckerausbildung im ersten Jahr?", "de"),
        ("How much does an apprentice baker earn in the first year?", "en"),
    ],
)
def test_the_askers_own_words_make_a_question_for_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie bekommst du deine Katze in die Transportbox?", "de"),
        ("Was hat {dein|Ihr} Welpe als Erstes kaputt gemacht?", "de"),
        ("Was ist eigentlich dein Lieblingsweg zum Gassigehen?", "de"),
        ("What is the one room in your house you can never get warm?", "en"),
        ("Which of my old tools would you keep?", "en"),
    ],
)
def test_a_question_to_the_reader_stays_theirs(question: str, language: str) -> None:
    assert not asks_the_team(question, language)
