"""A riding club's reply round under its question on volunteering ended on „Ist noch nichts
gekommen, setz selbst den ersten Kommentar darunter …: „Kennt ihr das auch?““ (r307), and a
model railway club's under a question in a story on „Wie ist das bei euch?“ (r301): a second,
vaguer question under one nobody had answered yet.

Under any post that asked a question, a quiet thread is started by answering it oneself.
"""

from __future__ import annotations

from dialogplan.pipeline import build
from tests.support import REVISED_AT
from tests.test_threads import make

VAGUE = (
    "Kennt ihr das auch?",
    "Kennen Sie das auch?",
    "Wie ist das bei euch?",
    "Wie ist das bei Ihnen?",
)


def test_a_reply_round_under_a_question_never_asks_a_vaguer_one() -> None:
    topics = [
        {"title": "Fachkräfte finden", "questions": [
            "Wie habt ihr eure letzte Fachkraft gefunden?",
            "Was müsste passieren, damit ihr öfter ausbildet?",
            "Welche Anzeige hat bei euch zuletzt funktioniert?",
        ]},
        {"title": "Nachfolge", "kind": "theme", "questions": [
            "Wann habt ihr zum ersten Mal über eine Nachfolge gesprochen?",
            "Was war bei der Übergabe am schwersten?",
            "Wer sollte bei der Nachfolge zuerst gefragt werden?",
        ]},
    ]  # fmt: skip
    strategy = make(topics=topics, channels={"facebook": {}, "instagram": {}}, months=6)
    replies = [
        e.prompt
        for e in build(strategy, revised_at=REVISED_AT).entries
        if e.move == "reply" and ("gefragt" in e.prompt or "Frage war" in e.prompt)
    ]
    assert len(replies) > 10
    assert not [p for p in replies if any(v in p for v in VAGUE)]
