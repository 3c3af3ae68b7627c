"""„… bevor {du dich|Sie sich} für ein Ehrenamt entscheiden?“ went through `validate` (r434).

A child-protection branch's question left the verb after its forms, at the end of the clause,
and Instagram, which says „du“, printed „bevor du dich … entscheiden“. A „Sie“ verb that ends
a clause after forms without a verb of their own is refused, with the „du“ form to write;
a question word's clause keeps its verb second and is left alone.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.voice import verbs_at_end
from tests.test_threads import make

QUESTION = "Was hilft, bevor {du dich|Sie sich} für ein Ehrenamt mit Kindern entscheiden?"


def test_a_verb_ending_a_du_clause_is_found() -> None:
    assert verbs_at_end(QUESTION) == [
        ("entscheiden", "bevor du dich für ein Ehrenamt mit Kindern entscheiden")
    ]
    assert not verbs_at_end("Was hilft, bevor {du dich entscheidest|Sie sich entscheiden}?")
    assert not verbs_at_end("Wo {sitzt du|sitzen Sie} am liebsten draußen?")
    assert not verbs_at_end("Was {müsstest du|müssten Sie} wissen, um mitzumachen?")


def test_validate_refuses_it_and_names_the_du_form() -> None:
    with pytest.raises(StrategyError, match="entscheidest"):
        make(topics=[{"title": "Ehrenamt", "kind": "theme", "questions": [QUESTION]}])
