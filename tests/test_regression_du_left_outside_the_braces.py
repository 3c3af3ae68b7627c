"""Regression: „… aus {deinem|Ihrem} Gründungsjahr würdest du heute vermeiden?“ (r648 writer).

A tax office's question put its possessive in braces and left „würdest du“ outside them; the
README says `validate` refuses that, and it only warned that the question was never asked on
the „Sie“ channels. A „du“ left outside the braces of a line that has some is refused, with the
way to write it.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.voice import du_pronoun_outside
from tests.test_threads import make


def test_the_pronoun_left_outside_is_found() -> None:
    question = "Welchen Fehler aus {deinem|Ihrem} Gründungsjahr würdest du heute vermeiden?"
    assert du_pronoun_outside(question) == ["würdest du"]
    assert not du_pronoun_outside("Was {hast du|haben Sie} heute gelernt?")
    assert not du_pronoun_outside("Was würdest du heute vermeiden?")  # checked as a whole


def test_validate_refuses_it_where_a_channel_says_sie() -> None:
    question = "Welchen Fehler aus {deinem|Ihrem} Gründungsjahr würdest du heute vermeiden?"
    topic = {"title": "Gründung", "kind": "theme", "questions": [question]}
    with pytest.raises(StrategyError, match=r"\{würdest du\|… Sie\}"):
        make(topics=[topic], channels={"instagram": {}, "newsletter": {"address": "Sie"}})
