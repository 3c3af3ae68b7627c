"""A tailor's comment asked „… und warum tragen du es trotzdem?“.

Its question wrote „warum tragen {du es|Sie es} trotzdem?“: the verb stood outside the
braces, and `validate` only looked for it before a bare `{du|Sie}`. A verb before forms that
start with the pronoun is now found too.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.voice import verbs_outside
from tests.test_threads import make

QUESTION = "Welches Teil sitzt nie richtig, und warum tragen {du es|Sie es} trotzdem?"


def test_a_verb_before_longer_forms_is_found() -> None:
    assert verbs_outside(QUESTION) == [("tragen {du es|Sie es}", "tragen du")]
    assert not verbs_outside("Was {hast du|haben Sie} {dir|sich} vorgenommen?")


def test_validate_refuses_it() -> None:
    with pytest.raises(StrategyError, match="tragen du"):
        make(topics=[{"title": "Passform", "kind": "theme", "questions": [QUESTION]}])
