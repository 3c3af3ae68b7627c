"""A vet practice asked its followers „Braucht meine Wohnungskatze überhaupt eine Wurmkur?“.

The owners' own questions, in their words ("my cat", „mein Hund“, „Bin ich mit 45 zu alt …?“,
„Ab wann ist eine Katze eigentlich ein Senior?“, „Was verdient man in der Ausbildung?“), went
out as if the practice were asking, and once more into a puppy group. A question with the
asker's own "my" or what the rules say ("needs to be tested"), with no "you", or a German
question with „mein“, „bin ich“, „verdient man“, „muss … werden“ or the layperson's
„eigentlich“, with no „du“ or „Sie“, is one people ask the team: a post answers it, and no
group or thread is asked it.
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
        ("Wie oft muss die Elektrik im Stall geprüft werden?", "de"),
        ("How often does a farm's wiring need to be tested?", "en"),
        ("Do I really need a heated propagator?", "en"),
        ("When is it safe to put bedding plants out around Norwich?", "en"),
        ("Where do I start with a bare new-build garden full of rubble?", "en"),
        ("Which style of yoga is best for a complete beginner?", "en"),
        ("Wie groß muss ein Speicher für ein Einfamilienhaus sein?", "de"),
        ("Wann ist es zu spät für den Rasenschnitt?", "de"),
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
        ("When is it your turn to host the book club?", "en"),
        ("Which shrubs cope with dry, sandy soil near the coast?", "en"),
    ],
)
def test_a_question_to_the_reader_stays_theirs(question: str, language: str) -> None:
    assert not asks_the_team(question, language)
