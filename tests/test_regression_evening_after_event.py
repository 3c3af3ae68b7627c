"""The evening of an open day invited people to it, hours after it ended.

A climbing gym's open day ran from 10:00 to 17:00; the comment round at 18:00 that day still
treated it as coming up, instead of looking for the people who came. An event whose end time
is known is over for the rest of its day: entries then look back on it.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries, strategy_in


def timed(time: str, language: str = "en") -> Strategy:
    """The example strategy with its event (10 February) at ``time``."""
    strategy = strategy_in(language)
    first = strategy.events[0].model_copy(update={"time": time})
    return strategy.model_copy(update={"events": [first, *strategy.events[1:]]})


@pytest.mark.parametrize(
    ("time", "start", "over"),
    [
        ("10:00-17:00", "2027-02-10 18:00", True),
        ("10:00-17:00", "2027-02-10 09:00", False),  # still to come that morning
        ("10:00", "2027-02-10 18:00", False),  # no end known: it may still be on
    ],
)
def test_an_event_is_over_after_its_end_on_its_own_day(time: str, start: str, over: bool) -> None:
    rows = [{"channel": "linkedin", "move": "comment", "start": start}]
    facts = contexts(timed(time), rows)(0)
    assert (facts["event_past"] is not None) == over
    if over:
        assert (facts["event_past"].days_until, facts["event_past"].over) == (0, True)


def test_the_evening_after_an_event_speaks_of_it_in_the_past() -> None:
    strategy = timed("10:00-17:00", "de")
    rows = [{"channel": "linkedin", "move": "listen", "start": "2027-02-10 18:00"}]
    (entry,) = render(strategy, entries(strategy, rows))
    assert "Heute fand der „Cupping-Abend im Röstwerk“ statt." in entry.prompt
