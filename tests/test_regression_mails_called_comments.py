"""Regression: „Geh die Kommentare der Reihe nach durch“ in a newsletter's inbox (r535).

A nature group's reply round answered the e-mails its issue had drawn and was told to go
through "the comments"; the plan's most-used sentence said so in 27 rounds of the review
strategies, and „Antwortet die Person mit dem ausführlichsten Kommentar …“ in four more. An
inbox holds e-mails.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

TOPIC = {"title": "Streuobst", "kind": "theme",
         "questions": ["Welche alte Apfelsorte würdest du nachpflanzen?",
                       "Wer hat dir gezeigt, wie man einen Apfelbaum schneidet?",
                       "Was machst du mit dem Schnittgut von deiner Wiese?"]}  # fmt: skip
GOALS = [{"id": "helfen", "text": "Helfer finden", "who": "Leute aus Uferlingen",
          "question": "Hast du Lust, einmal beim Zaunaufbau mitzuhelfen?"}]  # fmt: skip


def test_an_inbox_round_speaks_of_mails() -> None:
    strategy = make(topics=[TOPIC], goals=GOALS, channels={"newsletter": {}})
    prompts = []
    for turn in range(12):
        rows = asked_and_answered("newsletter", ["2027-03-04"], topic=TOPIC["title"],
                                  goal="helfen")  # fmt: skip
        rows[1]["seq"] = turn
        prompts.append(render(strategy, entries(strategy, rows))[1].prompt)
    assert not [p for p in prompts if "Kommentar" in p], prompts
