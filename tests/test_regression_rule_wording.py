"""Regression: rule sentences worded "Hashtags: höchstens fünf." went unrecognised.

The templates word a post's hashtag rule in several ways. The detector knew only "höchstens
fünf Hashtags", so "Hashtags: höchstens fünf." counted as an ordinary sentence: the repeat
guard rephrased prompts to avoid it, the figures named it the most-used sentence, and a
rule of that shape on a move that publishes nothing would have gone uncounted.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_text import Sentences, mentions_rules


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Hashtags: höchstens fünf.", "de"),
        ("Hashtags: keine.", "de"),
        ("Hashtags: two at most.", "en"),
        ("Höchstens drei Hashtags.", "de"),
        ("Two hashtags at most.", "en"),
    ],
)
def test_every_wording_of_the_hashtag_rule_is_a_rule(sentence: str, language: str) -> None:
    assert mentions_rules(sentence, language)[0]


def test_a_rule_sentence_never_counts_as_a_repeat() -> None:
    sentences = Sentences("de")
    prompt = "Poste heute ein Foto aus der Backstube mit einer Frage. Hashtags: höchstens fünf."
    assert sentences(prompt) == ("Poste heute ein Foto aus der Backstube mit einer Frage.",)
