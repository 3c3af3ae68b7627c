"""Under the team's own question, a reply round told it to answer every question in full.

A campsite asked its followers what the shop should stock; the reply round said
„Beantworte jede Frage genau … „Gute Frage: … Beantwortet das deine Frage?““, as if the
comments were questions to the team. Under its own question they are answers, and the
round now takes them up as such.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

ANSWERING = {"de": ("Beantworte jede Frage", "Beantwortet das"), "en": ("Answer every question",
             "Answer questions right there", "give a full answer first")}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_round_under_an_own_question_answers_no_questions(language: str) -> None:
    strategy = make(language=language, topics=["Der Platzladen"], channels={"instagram": {}})
    rows: list[dict[str, object]] = []
    for day in range(1, 29):
        ask = len(rows)
        rows.append({"channel": "instagram", "move": "ask", "start": f"2027-03-{day:02d} 08:00",
                     "topic": "Der Platzladen"})  # fmt: skip
        rows.append({"channel": "instagram", "move": "reply", "start": f"2027-03-{day:02d} 18:00",
                     "topic": "Der Platzladen", "follows": ask, "seq": day})  # fmt: skip
    prompts = [r.prompt for r in render(strategy, entries(strategy, rows))][1::2]
    assert not [p for p in prompts for words in ANSWERING[language] if words in p]
