"""A zero-waste shop's event asked „Was wünschst {du dir|Sie sich} …?“, and validate told it to
write „{wünschst du|… Sie}“: followed as written, „dir“ stayed outside the braces and drew the
next finding. The way to write it keeps every word of the team's forms with the verb.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A page that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"linkedin": {"share": 0.6, "address": "Sie"}, "instagram": {}}


def test_the_verb_hint_keeps_the_reflexive_pronoun_with_its_form() -> None:
    topic = {"title": "Drei Jahre Laden", "questions": ["Was wünschst {du dir|Sie sich} noch?"]}
    with pytest.raises(StrategyError) as caught:
        make(topics=[topic], channels=BOTH)
    assert "as in {wünschst du dir|… Sie sich}" in str(caught.value)
