"""A yarn shop's story asked „Welches Muster hast du schon einmal umgearbeitet?“.

The reply round that evening told the team to give every commenter a tip and ask „Was hast
du bisher versucht?“, as under a problem, though people had told of a pattern they reworked
long ago. A which-question about something done „schon einmal“ asks for a story.
"""

from __future__ import annotations

from dialogplan.question_shapes import talk_of


def test_something_done_once_before_is_a_story() -> None:
    question = "Welches Muster hast du schon einmal umgearbeitet, weil es nicht gepasst hat?"
    assert talk_of(question, "de") == "story"
    assert talk_of("Welche Anleitung habt ihr schon mal aufgegeben?", "de") == "story"
