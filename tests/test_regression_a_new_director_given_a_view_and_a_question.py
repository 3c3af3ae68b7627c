"""Regression: a union branch's comment to a newly appointed nursing director (r487).

„Ein guter Einstieg ist die Neuigkeit von Anja vom 18. Januar: Zur Pflegedirektorin … ernannt“,
then „eine eigene Sicht und eine Frage“: its reviewer wanted a congratulation. Fresh news of a
kind one congratulates on starts the comment with one; other news stays a way in.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
NEWS = {"de": "Zur Pflegedirektorin des Kreisklinikums ernannt",
        "en": "Appointed nursing director at the county hospital"}  # fmt: skip
SAID = {"de": "Glückwunsch", "en": "congratulat"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_fresh_news_starts_with_a_congratulation(language: str) -> None:
    strategy = make(language=language, channels={"facebook": {}})
    people = (
        HEADER
        + f"Anja Feld,facebook,https://fb.example/anja,loose,2026-05-02,{NEWS[language]},2027-02-10,,\n"
    )
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-02-{11 + n} 09:00",
             "seq": n} for n in range(2)]  # fmt: skip
    for prompt in named_prompts(strategy, people, rows):
        assert SAID[language] in prompt, prompt
