"""„Welcher Fehler hat dir am Ende mehr Gespräche gebracht …?“ was read as a pick.

A question that starts with „Welcher“ asks for a choice („Welche Regenhose hält dicht?“), so
the thank-you round after it offered „Zwei Favoriten, zwei Geschmäcker – wozu neigt ihr?“.
One that asks what happened to someone, brought them or surprised them asks for a story.
"""

from __future__ import annotations

from dialogplan.question_shapes import talk_of


def test_what_happened_to_someone_is_a_story() -> None:
    q = "Welcher Fehler hat dir am Ende mehr Gespräche gebracht als jeder perfekte Beitrag?"
    assert talk_of(q, "de") == "story"
    assert talk_of("Welches Garn hat dich beim Waschen überrascht?", "de") == "story"
    assert talk_of("Welche Regenhose hält bei dir wirklich dicht?", "de") == "taste"
