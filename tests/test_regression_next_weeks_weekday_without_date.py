"""„Am Donnerstag“ in a prompt read on a Friday meant the Thursday six days on (r234), and
"on Wednesday" on a Thursday the one after it (r239, r240's reviewer asked for the date too).

Within the week, a weekday was all an event's day got. A day in a later calendar week now
comes with its date; since a recording studio's reviewer wanted the date, not to count the
days (r252), so does one later in the same week.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Abholtouren", "kind": "own"}
EVENING = {"title": "Einführungsabend", "short": "Einführungsabend", "date": date(2027, 4, 22),
           "topics": ["Abholtouren"]}  # fmt: skip


@pytest.mark.parametrize(
    ("day", "said", "not_said"),
    [
        ("2027-04-16", "am Donnerstag, 22. April", "am Donnerstag "),  # a Friday
        ("2027-04-19", "am Donnerstag, 22. April", "am Donnerstag "),  # the Monday of that week
    ],
)
def test_a_weekday_of_next_week_has_its_date(day: str, said: str, not_said: str) -> None:
    strategy = make(topics=[TOPIC], events=[EVENING], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": f"{day} 09:00", "seq": seq,
             "topic": "Abholtouren"} for seq in range(3)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    named = [p.lower() for p in prompts if "Einführungsabend" in p]
    assert named
    for prompt in named:
        assert said.lower() in prompt
        assert not_said.lower() not in prompt.replace(said.lower(), "")
