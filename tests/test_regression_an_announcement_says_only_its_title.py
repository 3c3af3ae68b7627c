"""A furniture charity's announcement said "free furniture collections" and asked for "one
concrete picture of what it will make possible", but never what it takes or where (r325); a
wheelchair basketball club's said "why you're offering it now" of a club night held every
week (r335).

The strategy can say what people need to know (`details`), and its announcements put it in the
post; a step that asks for the practical side again, or for why it is offered now, is gone.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.details import run_on
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

DETAILS = {
    "en": "Free, no experience needed, sports chairs to borrow",
    "de": "Kostenlos, keine Vorkenntnisse nötig, Sportrollstühle zum Ausleihen",
}
ASKED_AGAIN = (
    "practical questions", "what it takes", "why you're offering it now",
    "wie lange es dauert", "wie es abläuft", "wie die Idee dazu entstanden ist",
)  # fmt: skip


def _announcements(language: str, kind: str) -> list[str]:
    item = {"title": "Taster session", "short": "Schnupperabend" if language == "de" else
            "the taster session", "details": DETAILS[language]}  # fmt: skip
    on_day = {"date": date(2027, 4, 28), "time": "19:00-21:00"}
    listed = {"events": [{**item, **on_day}]} if kind == "event" else {"offers": [item]}
    strategy = make(language=language, channels={"facebook": {}}, **listed)
    on = {"channel": "facebook", "move": "announce", "topic": "", "announce": "Taster session"}
    rows = [{**on, "start": f"2027-04-{day:02d} 11:00", "seq": day} for day in range(1, 15)]
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


@pytest.mark.parametrize("kind", ["event", "offer"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_the_announcement_says_what_people_need_to_know(language: str, kind: str) -> None:
    for prompt in _announcements(language, kind):
        assert run_on(DETAILS[language], language) in prompt, prompt
        assert not [words for words in ASKED_AGAIN if words in prompt], prompt
