"""A topic title that is a question, listed in brackets, broke the file with no way out.

``topics: [Was lesen Sie gerade?]`` is not valid YAML: inside ``[ ]`` a "?" marks a key.
The message said only "expected ',' or ']', but got '?'"; now it says what to write.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.strategy import parse_strategy

STRATEGY = """\
client: buecherei
name: Bücherei
language: de
timezone: Europe/Berlin
start: 2027-10-04
months: 3
hours_per_week: 2
audience: Leserinnen und Leser
goals: [{id: leser, text: Leser gewinnen}]
topics: ["Was lesen Sie gerade?"]
channels: {instagram: {}}
events:
  - {title: Lesung, date: 2027-11-11, topics: [Was lesen Sie gerade?]}
"""


def test_a_question_in_brackets_gets_told_to_use_quotes() -> None:
    with pytest.raises(StrategyError) as caught:
        parse_strategy(STRATEGY, "strategy.yaml")
    assert str(caught.value) == (
        "strategy.yaml:13: not valid YAML: expected ',' or ']', but got '?'; "
        'a text with "?" inside [ ] or { } needs quotes, as in ["Which one fits?"]'
    )


def test_with_quotes_it_reads() -> None:
    quoted = STRATEGY.replace("[Was lesen Sie gerade?]", '["Was lesen Sie gerade?"]')
    assert parse_strategy(quoted, "strategy.yaml").events[0].topics == ["Was lesen Sie gerade?"]
