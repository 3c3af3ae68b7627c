"""A post that answered a customers' question was followed up as if the team had asked it.

A goldsmith's post answered „Müssen Trauringe eigentlich gleich aussehen?“, a question people
ask the studio. Two days later a story said „Knüpf an eure Antwort vom Donnerstag an: Erzähl,
welche Antwort euch am meisten beschäftigt hat … erzähl stattdessen, warum ihr gefragt
habt“, and a newsletter's reply round „Eure Antwort galt der Frage …“. What came back to an
answer is what people added, and the team asked nothing: the follow-ups now say so, in
English too ("you asked “…”" is left out).
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"de": "Müssen Trauringe eigentlich gleich aussehen?",
            "en": "How do I know if my grandmother's ring can be resized?"}  # fmt: skip
WRONG = ("warum ihr gefragt", "welche Antwort euch", "Antwort galt", "you asked “How do I")


@pytest.mark.parametrize("language", ["de", "en"])
def test_follow_ups_of_an_answered_question_ask_nothing_back(language: str) -> None:
    topic = {"title": "Trauringe", "kind": "theme", "questions": [QUESTION[language]]}
    strategy = make(language=language, topics=[topic], channels={"instagram": {}},
                    voice="we")  # fmt: skip
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-03-04 11:00",
             "topic": topic["title"]}] + [
        {"channel": "instagram", "move": move, "start": f"2027-03-{day:02d} 11:00",
         "continues": 0, "topic": topic["title"], "seq": n}
        for n, (move, day) in enumerate([("story", 6), ("story", 13), ("reply", 20)])
    ]  # fmt: skip
    rendered = render(strategy, entries(strategy, rows))
    assert QUESTION[language] in rendered[0].prompt
    for entry in rendered[1:]:
        assert not [w for w in WRONG if w in entry.prompt], entry.prompt
