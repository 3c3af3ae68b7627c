"""A citizens' foundation asked clubs „Was hat bei Ihnen geholfen, Jugendliche im Verein zu
halten?“, and the reply round told the team to give each person a tip and ask „Was haben Sie
bisher versucht?“, as if they had named a problem (r362). Asked what helped, people give tips:
the round thanks them for theirs, in German and in English, whatever the topic's talk.
"""

from __future__ import annotations

import pytest

from tests.test_render import asked_and_answered, entries, render
from tests.test_threads import make

QUESTION = {"de": "Was hat in Vereinen geholfen, Jugendliche zu halten?",
            "en": "What helped you keep teenagers in your club?"}  # fmt: skip
PROBLEM = ("bisher versucht", "Hast du das schon ausprobiert", "Haben Sie das schon ausprobiert",
           "Have you tried it yet", "What have you tried")  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_round_under_what_helped_thanks_for_the_tips(language: str) -> None:
    topic = {"title": "Nachwuchs im Verein", "kind": "theme", "talk": "problem",
             "questions": [QUESTION[language]]}  # fmt: skip
    strategy = make(language=language, topics=[topic], channels={"facebook": {}})
    rows = asked_and_answered("facebook", [f"2027-03-{day:02d}" for day in range(2, 10)])
    for row in rows:
        row["topic"] = topic["title"]
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    under = [p for p in replies if QUESTION[language] in p]
    assert under, replies
    assert not [p for p in under if any(words in p for words in PROBLEM)], under
