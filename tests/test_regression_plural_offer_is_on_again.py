"""A canal trust's note after a break read "Add when the Sunday boat trips is on again" (r345).

A weekly offer named in the plural never takes "is": the note now gives its next date,
with no verb to agree ("Add the next date for the Sunday boat trips: …").
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_plural_offer_is_on_again_in_the_plural() -> None:
    offer = {"title": "Sunday boat trips", "short": "the Sunday boat trips", "every": "sun",
             "time": "14:00-16:00", "place": "from Fennick Wharf"}  # fmt: skip
    blackout = [{"start": date(2027, 4, 5), "end": date(2027, 4, 9), "reason": "Repainting"}]
    strategy = make(language="en", offers=[offer], blackout=blackout, channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "back", "start": f"2027-04-10 {h:02d}:00", "seq": h}
            for h in range(9, 15)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "the Sunday boat trips" in p], prompts
    assert not [p for p in prompts if "boat trips is " in p], prompts
