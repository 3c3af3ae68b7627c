"""„Zwei Antworten in einer der Gruppen, die du am 13. Januar ausgesucht hast sind heute dran“.

A place that ends in a relative clause needs a comma when the sentence goes on after it; two
prompts of a coach's plan left it out.
"""

from __future__ import annotations

import re

from tests.support import PLANS, build, load_plan

GLUED = re.compile(r"(ausgesucht hast|ausgesucht habt|beigetreten bist|beigetreten seid) [a-zäöü]")


def test_the_clause_is_closed_before_the_sentence_goes_on() -> None:
    for path in PLANS:
        prompts = [e.prompt for e in build(load_plan(path)).entries]
        assert not [p for p in prompts if GLUED.search(p)], path
