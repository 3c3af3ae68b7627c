"""A cider farm asked „Kennst du jemanden, der eine Wiese geerbt hat und nicht weiß, wohin
damit?“, and its reply round answered "Yes, my aunt" with „Da ist was dran. Woran machst du
das fest?“, a line for a debate (r225); a second-hand shop's did the like (r227).

A question about whom people know draws names: the round now thanks for them and asks to be
introduced, whatever the topic's `talk`.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

ASKED = {
    "de": "Kennst du jemanden, der eine Wiese geerbt hat und nicht weiß, wohin damit?",
    "en": "Do you know anyone who inherited a meadow and doesn't know what to do with it?",
}
INTRODUCE = {"de": "bekannt mach", "en": "in touch"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_names_in_the_answers_lead_to_an_introduction(language: str) -> None:
    topic = {"title": "Streuobstwiesen", "kind": "theme", "talk": "debate",
             "questions": [ASKED[language]]}  # fmt: skip
    strategy = make(language=language, topics=[topic], channels={"instagram": {}}, voice="wir")
    rows = [
        {"channel": "instagram", "move": "ask", "topic": "Streuobstwiesen",
         "start": "2027-04-24 18:00"},
        {"channel": "instagram", "move": "reply", "topic": "Streuobstwiesen", "follows": 0,
         "seq": 0, "start": "2027-04-25 18:00"},
    ]  # fmt: skip
    for seq in range(2):
        rows[1]["seq"] = seq
        reply = render(strategy, entries(strategy, rows))[1].prompt
        assert ASKED[language] in reply
        assert INTRODUCE[language] in reply
        assert "Da ist was dran" not in reply
