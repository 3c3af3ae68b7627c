"""„… – kein Pitch“, then the goal's ask to everyone who writes back.

An art school's LinkedIn connection round told the team to write notes with no pitch, and
then: „Schreibt jemand von ihnen zurück, frag: Könnten Sie sich vorstellen, bei uns einen
Kurs … zu geben?“ A reviewer marked it a contradiction: the first reply got the pitch. The
German round now asks the goal's question once a couple of messages have gone back and
forth, as the English one does, and its step keeps the offer out of the note only.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GOALS = [{"id": "kurse", "text": "Honorarkräfte finden", "who": "Künstlerinnen aus der Region",
          "question": "Könntest du dir vorstellen, bei uns einen Kurs zu geben?"}]  # fmt: skip


def test_the_goal_question_waits_for_an_exchange() -> None:
    strategy = make(goals=GOALS, channels={"linkedin": {}})
    rows = [{"channel": "linkedin", "move": "connect", "start": f"2027-03-{day:02d} 08:00",
             "goal": "kurse", "seq": day} for day in range(1, 13)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    asking = [p for p in prompts if "einen Kurs zu geben" in p]
    assert asking
    for prompt in prompts:
        assert "kein Pitch" not in prompt
    for prompt in asking:
        assert "Nachrichten getauscht" in prompt or "ins Gespräch gekommen" in prompt, prompt
