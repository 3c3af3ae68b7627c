"""A brewery's writer was offered „{du|Sie}“ for questions that said „dich“ and „deinem“, and
„{euch|Ihnen}“ for „für euch“ (r697 writer): the hint did not fit the word the question used.
Each warning about a question in the other register now gives the braces for its own word.
"""

from __future__ import annotations

import pytest

from dialogplan.neglect import _other_register
from dialogplan.voice import both_forms
from tests.test_threads import make


@pytest.mark.parametrize(
    ("said", "pair"),
    [("hat dich", "{dich|Sie}"), ("zu deinem", "{deinem|Ihrem}"), ("für euch", "{euch|Sie}"),
     ("mit euch", "{euch|Ihnen}"), ("wollten Sie", "{du|Sie}"), ("von Ihnen", "{dir|Ihnen}"),
     ("hat euch", "")],
)  # fmt: skip
def test_the_braces_fit_the_word(said: str, pair: str) -> None:
    assert both_forms(said) == pair


def test_each_warning_names_its_own_braces() -> None:
    questions = ["Was hat dich beim ersten Lauf überrascht?", "Was ist für euch das Schönste?"]
    topic = {"title": "Laufen", "kind": "theme", "questions": questions}
    strategy = make(topics=[topic], channels={"linkedin": {"address": "Sie"}, "instagram": {}})
    hints = [f.suggestion for f in _other_register(strategy)]
    assert any("„{dich|Sie}“" in hint for hint in hints), hints
    assert any("„{euch|Sie}“" in hint for hint in hints), hints
