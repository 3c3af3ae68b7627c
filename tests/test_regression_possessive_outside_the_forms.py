"""`validate` let „{Habt ihr|Haben Sie} euren Sommerurlaub schon geplant?“ through.

A campsite's goal question had its verb and pronoun in braces, but not the possessive after
them: on a channel that says „Sie“ it would ask „Haben Sie euren Sommerurlaub …“. The check
looked at verbs before the forms only. A „du“ word a line with forms leaves outside them is
now refused, with its „Sie“ form.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A page that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"linkedin": {"share": 0.6, "address": "Sie"}, "instagram": {}}


def test_a_possessive_outside_the_forms_is_refused() -> None:
    goals = [{"id": "gaeste", "text": "Gäste gewinnen",
              "question": "{Habt ihr|Haben Sie} euren Sommerurlaub schon geplant?"}]  # fmt: skip
    with pytest.raises(
        StrategyError,
        match=r"„euren“ stands outside the braces.*\{Habt ihr euren\|Haben Sie Ihren\}",
    ):
        make(goals=goals, channels=BOTH)


def test_the_possessive_inside_the_forms_passes() -> None:
    question = "{Habt ihr euren|Haben Sie Ihren} Sommerurlaub schon geplant?"
    goals = [{"id": "gaeste", "text": "Gäste gewinnen", "question": question}]
    assert make(goals=goals, channels=BOTH).goals[0].question
