"""Regression: a funeral director's comment under local news was given "Congratulations on …!".

Its reviewer (r272) read "Say in a line what the news means for the area" followed by the line
"Congratulations on …! What's next for you?", whatever the news: the step and its line were
picked apart, and news can be a loss or a closing. A line goes with its step, and both
languages say what to write under a loss.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

LOSS = {"en": "a word of sympathy", "de": "Worte des Mitgefühls"}


def rows() -> list[dict[str, object]]:
    return [
        {"channel": "facebook", "move": "comment", "start": f"2027-03-{day:02} 09:00",
         "topic": "", "place": "local", "seq": day}
        for day in range(1, 29)
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_comment_under_local_news_knows_news_can_be_a_loss(language: str) -> None:
    strategy = make(language=language, channels={"facebook": {}})
    facts = contexts(strategy, rows())
    news = [i for i in range(len(rows())) if facts(i)["local_angle_id"] == "local-news"]
    prompts = [render(strategy, entries(strategy, rows()))[i].prompt for i in news]
    congratulating = [p for p in prompts if "Congratulations on" in p or "Glückwunsch zu" in p]
    assert congratulating
    assert all(LOSS[language] in p for p in congratulating)
    if language == "en":
        assert all("good news, congratulate them" in p for p in congratulating)
