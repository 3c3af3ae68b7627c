"""Regression: "The question below went out here on Tuesday 2 March too" (r409).

A broadband project's group question on 17 May said it had gone out in the group on 2 March;
that day the group was asked about telecare alarms, and the power-cut question came only in a
comment under it, as the reply round's follow-up. A question asked before in the comments
under a post says so.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Fenwick Village Chat"
FIRST = "Does anyone in your family rely on a telecare alarm?"
SECOND = "What happened to your landline during the last power cut?"
SAID = {"en": "in the comments under", "de": "in den Kommentaren unter"}


def rows() -> list[dict[str, object]]:
    return [
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-03-02 08:00",
         "topic": "Digital landlines", "group": GROUP},
        {"channel": "facebook-group", "move": "reply", "start": "2027-03-02 19:30",
         "topic": "Digital landlines", "group": GROUP, "follows": 0},
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-05-17 08:00",
         "topic": "Digital landlines", "group": GROUP},
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_second_asking_points_to_the_thread(language: str) -> None:
    topic = {"title": "Digital landlines", "kind": "theme", "questions": [FIRST, SECOND]}
    strategy = make(language=language, channels={"facebook-group": {}}, topics=[topic],
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    facts = contexts(strategy, rows())
    assert facts(2)["question"] == SECOND
    assert facts(2)["asked_before"]["thread"] is True
    prompt = render(strategy, entries(strategy, rows()))[2].prompt
    assert SAID[language] in prompt
