"""Two writers with „{Magst du|Möchten Sie} dir … anschauen?“ were told to write {dir|sich} and
could not tell whether a second pair of braces was allowed or the verb went in as well (r486,
r487). The message now shows the whole phrase to write, verb and pronoun together.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A page that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"linkedin": {"share": 0.6, "address": "Sie"}, "instagram": {}}


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        (
            "{Magst du|Möchten Sie} dir eine freie Parzelle am Samstag anschauen?",
            "take it into the braces with its „Sie“ form: {Magst du dir|Möchten Sie sich}",
        ),
        (
            "Mit welcher Frage {hast du|haben Sie} dich zuletzt allein gefühlt?",
            "{hast du dich|haben Sie sich}",
        ),
        ("{Habt ihr|Haben Sie} euren Urlaub schon geplant?", "{Habt ihr euren|Haben Sie Ihren}"),
    ],
)
def test_the_message_shows_the_whole_phrase(question: str, phrase: str) -> None:
    goal = {"id": "a", "text": "Neue Pächter", "question": question}
    with pytest.raises(StrategyError) as refused:
        make(goals=[goal], channels=BOTH)
    assert phrase in str(refused.value), str(refused.value)
    fixed = _FIXED.get(question)
    if fixed:  # followed as written, the phrase passes
        goal = {**goal, "question": fixed}
        assert make(goals=[goal], channels=BOTH).goals[0].question == fixed


_FIXED = {
    "{Magst du|Möchten Sie} dir eine freie Parzelle am Samstag anschauen?": (
        "{Magst du dir|Möchten Sie sich} eine freie Parzelle am Samstag anschauen?"
    )
}
