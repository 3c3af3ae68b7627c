"""Regression: a yes-or-no question's answers summed up by "the answer you'd never have thought of".

A broadband project asked a village group "Does anyone in your family rely on a telecare alarm
that runs over the phone line?", and the thank-you round after it said to "pick the answer
you'd never have thought of, name its author, and ask who else has one like it" (r409): the
answers were yeses and noes about vulnerable relatives. After a yes-or-no question, the
summary says how the answers came out, names nobody, and asks those who said yes what would
help.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Does anyone in your family rely on a telecare alarm that runs over the phone line?"
FRAGE = "Hat jemand in eurer Familie einen Hausnotruf, der über die Telefonleitung läuft?"
STRUCK = ("never have thought of", "name its author", "überrascht hat", "mit Namen")
GROUP = "Fenwick Village Chat"
SAID = {"en": "without naming anyone", "de": "ohne Namen zu nennen"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_summary_names_nobody_and_asks_the_yeses(language: str) -> None:
    question = QUESTION if language == "en" else FRAGE
    topic = {"title": "Digital landlines", "kind": "theme", "questions": [question]}
    strategy = make(language=language, channels={"facebook-group": {}}, topics=[topic],
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rendered = render(strategy, entries(strategy, asks_and_thanks(GROUP, topic["title"])))
    thanks = [e.prompt for e in rendered if e.move == "thank" and question in e.prompt]
    assert any(SAID[language] in p for p in thanks), thanks
    assert [s for s in STRUCK for p in thanks if s in p] == []


def asks_and_thanks(group: str, topic: str) -> list[dict[str, object]]:
    """Four weeks of a question to a group on Mondays, each thanked for on the Thursday."""
    rows: list[dict[str, object]] = []
    for week in range(4):
        rows += [
            {"channel": "facebook-group", "move": "group-ask", "group": group,
             "start": f"2027-03-{1 + 7 * week:02} 09:00", "topic": topic, "seq": week},
            {"channel": "facebook-group", "move": "thank", "group": group,
             "start": f"2027-03-{4 + 7 * week:02} 09:00", "topic": topic,
             "follows": 2 * week, "seq": week},
        ]  # fmt: skip
    return rows
