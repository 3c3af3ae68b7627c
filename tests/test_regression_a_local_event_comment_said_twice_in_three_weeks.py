"""A restaurant's comment rounds under local events on 13 March and 2 April said the same step
and the same line word for word, "a hand, a loan, a word to your followers" (r688): each kind
of neighbourhood post had two wordings, and the rounds of two kinds between them used up the
rest. Each kind has three now, in English and in German.
"""

from __future__ import annotations

import re

import pytest

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_regression_local_news_is_not_always_good_news import rows
from tests.test_render import entries
from tests.test_threads import make

#: An example line, in English or German quotation marks.
QUOTED = re.compile(r"“[^”]*”|„[^“]*“")


@pytest.mark.parametrize("language", ["en", "de"])
def test_comments_under_local_events_have_three_lines_to_take_turns(language: str) -> None:
    strategy = make(language=language, channels={"facebook": {}})
    facts = contexts(strategy, rows())
    rendered = render(strategy, entries(strategy, rows()))
    events = [
        e.prompt for i, e in enumerate(rendered) if facts(i)["local_angle_id"] == "local-event"
    ]
    lines = {line for p in events for line in QUOTED.findall(p)}
    assert len(lines) >= 3, lines
    assert not [p for p in events if "a loan" in p]
