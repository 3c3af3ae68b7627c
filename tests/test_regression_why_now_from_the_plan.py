"""Question posts said "say why you're asking now" (or „wofür ihr die Antworten braucht“) and
left the reason to the reader, where the plan knew one: a music club's question about
children's instruments twelve days before its instrument day (r467; r450, r459, r462, r463,
r465, r468 alike).

Where the post's people have an event in the coming four weeks that belongs with its topic,
the post gives it as the reason; where they have none, it asks for no reason.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "en": [f"Which instrument would child number {n} in your family like to try?"
           for n in range(1, 9)],
    "de": [f"Welches Instrument würde dein Kind Nummer {n} gern ausprobieren?"
           for n in range(1, 9)],
}  # fmt: skip
TITLE = {"en": "Music lessons for children", "de": "Musikunterricht für Kinder"}
VAGUE = ("why you're asking now, and", "what you'll do with the answers",
         "warum ihr gerade jetzt danach fragt.", "wofür ihr die Antworten braucht",
         "warum du gerade jetzt danach fragst.", "wofür du die Antworten brauchst",
         "warum du gerade jetzt fragst.", "warum ihr gerade jetzt fragt.")  # fmt: skip
SAID = ("instrument day", "Instrumententag")


def _asks(language: str, kind: str, *, event: bool) -> list[str]:
    topic = {"title": TITLE[language], "kind": kind, "questions": QUESTIONS[language]}
    day = {"title": "Instrument day for children", "date": date(2027, 2, 27),
           "short": "Instrumententag" if language == "de" else "the instrument day",
           "topics": [topic["title"]]}  # fmt: skip
    strategy = make(language=language, channels={"facebook": {}}, topics=[topic],
                    events=[day] if event else [])  # fmt: skip
    rows = [{"channel": "facebook", "move": "ask", "start": f"2027-02-{10 + n:02} 18:00",
             "topic": topic["title"], "seq": n} for n in range(8)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


@pytest.mark.parametrize("kind", ["own", "theme"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_a_question_post_gives_no_reason_the_plan_cannot_give(language: str, kind: str) -> None:
    for prompt in _asks(language, kind, event=False):
        assert not any(vague in prompt for vague in VAGUE), prompt


@pytest.mark.parametrize("kind", ["own", "theme"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_coming_event_is_the_reason_the_question_comes_now(language: str, kind: str) -> None:
    prompts = _asks(language, kind, event=True)
    assert any(said in p for p in prompts for said in SAID), prompts
    for prompt in prompts:
        assert not any(vague in prompt for vague in VAGUE), prompt
