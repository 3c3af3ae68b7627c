"""A snack bar asked „Welches vegetarische Gericht bestellt {ihr|Sie} immer wieder?“, and its
„Sie“ page printed „bestellt Sie“ (r356). A verb said to „ihr“ before the braces is refused
like one said to „du“, with the „Sie“ form to write where an ending gives it; where none does,
the message says what its „…“ stands for (r350).
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A page that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"linkedin": {"share": 0.6, "address": "Sie"}, "instagram": {}}


@pytest.mark.parametrize(
    ("question", "forms"),
    [
        ("Welches Gericht bestellt {ihr|Sie} immer wieder?", "{bestellt ihr|bestellen Sie}"),
        ("Seid {ihr|Sie} beim Fest dabei?", "{Seid ihr|Sind Sie}"),
        ("Was wolltest {du|Sie} schon immer wissen?", "{wolltest du|… Sie}, the verb's"),
    ],
)
def test_a_verb_outside_the_braces_is_refused_with_its_forms(question: str, forms: str) -> None:
    topic = {"title": "Mittagstisch", "kind": "theme", "questions": [question]}
    with pytest.raises(StrategyError) as refused:
        make(topics=[topic], channels=BOTH)
    assert forms in str(refused.value), str(refused.value)
