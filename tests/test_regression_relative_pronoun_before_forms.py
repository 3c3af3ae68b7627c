"""`validate` refused „… einer, den {du|Sie} selbst gemacht {hast|haben}?“.

A goldsmith's question had a relative pronoun before its forms. Every word ending in „-en“
before „{du|Sie}“ counted as a verb left outside the braces, so „den“ was told to go inside
them, and the writer had to write `{den du|den Sie}`. Pronouns, articles and prepositions
before the forms are no verbs.
"""

from __future__ import annotations

from dialogplan.voice import verbs_outside


def test_a_pronoun_before_the_forms_is_no_verb() -> None:
    text = "Welcher Ring ist einer, den {du|Sie} selbst gemacht {hast|haben}?"
    assert not verbs_outside(text)


def test_a_verb_before_the_forms_is_still_found() -> None:
    assert verbs_outside("Was wolltest {du|Sie} schon immer wissen?")
