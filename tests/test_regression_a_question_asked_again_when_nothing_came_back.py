"""A coffee cart's Instagram question was to "start from what came back" on its Facebook page
three weeks before (r680), with nothing for the case that nothing did: the post then has no
opening. A question asked again where it went out before says what to open with then.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {
    "en": "How far do you think we can pull a full cart before the coffee gets cold?",
    "de": "Wie weit kommen wir mit vollem Wagen, bevor der Kaffee kalt wird?",
}
OWN = {"en": "your own answer", "de": " eigene"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_asking_again_opens_with_the_team_s_own_answer_if_none_came(language: str) -> None:
    topic = {"title": "Our cart", "kind": "theme", "questions": [QUESTION[language]]}
    strategy = make(language=language, topics=[topic],
                    channels={"facebook": {}, "instagram": {}})  # fmt: skip
    rows = []
    for n in range(3):
        rows += [{"channel": "facebook", "move": "ask", "topic": topic["title"], "seq": n,
                  "start": f"2027-03-{1 + 7 * n:02d} 09:00"},
                 {"channel": "instagram", "move": "ask", "topic": topic["title"], "seq": n,
                  "start": f"2027-03-{4 + 7 * n:02d} 09:00"}]  # fmt: skip
    again = [
        e.prompt
        for e in render(strategy, entries(strategy, rows))
        if e.channel == "instagram" and QUESTION[language] in e.prompt
    ]
    assert again
    assert all(OWN[language] in p for p in again), again
