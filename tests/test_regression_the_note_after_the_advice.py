"""Three writers could not tell how "A note, nothing to fix" in the middle of the advice to add
questions bore on it (r472, r476, r478), nor whether "12 of the 42 prompts that ask people
about these 3" counted prompts or topics. The note now follows the advice and says the
numbers leave its questions out; the count says "topics".
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

ASKED = "Kann man als Einzelne beim Einkaufen überhaupt etwas an Lieferketten ändern?"


def test_the_note_on_questions_asked_of_the_team_follows_the_advice() -> None:
    topics = [{"title": "Faire Lieferketten", "kind": "theme", "questions": [ASKED]},
              {"title": "Reparieren", "kind": "theme"}]  # fmt: skip
    strategy = make(language="de", topics=topics, channels={"facebook": {}, "instagram": {}})
    (short,) = [f for f in build(strategy).findings if f.code == "few-questions"]
    advice, _, note = short.suggestion.partition("\nCheck this too:")
    assert note, short.suggestion
    assert advice.endswith("so a few more go a long way."), advice
    assert "the counts of questions to add do not include it" in note, note
    assert "about these 2 topics fall back" in short.message, short.message
